import os

from flask import Flask, jsonify, request

app = Flask(__name__)
FILES = {}


@app.put("/files/<name>")
def put_file(name):
    if request.content_length is None:
        # Right: refuse what the handler cannot read, and say what to send instead.
        return jsonify(error="Send the file with a Content-Length header"), 411
    FILES[name] = request.stream.read(request.content_length)
    return jsonify(bytes=len(FILES[name])), 201, {"Location": f"/files/{name}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
