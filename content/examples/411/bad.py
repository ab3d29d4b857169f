import os

from flask import Flask, jsonify, request

app = Flask(__name__)
FILES = {}


@app.put("/files/<name>")
def put_file(name):
    # Wrong: a chunked upload has no Content-Length, so this reads nothing and stores an empty file.
    FILES[name] = request.stream.read(request.content_length or 0)
    return jsonify(bytes=len(FILES[name])), 201, {"Location": f"/files/{name}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
