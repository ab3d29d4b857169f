import os

from flask import Flask, jsonify, request

app = Flask(__name__)
FILES = {}


# The server has already answered `Expect: 100-continue` when this view runs.
@app.put("/files/<name>")
def put_file(name):
    FILES[name] = request.get_data(as_text=True)
    return jsonify(name=name, size=len(FILES[name])), 201


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
