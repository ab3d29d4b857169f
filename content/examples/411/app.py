import os

from flask import Flask, jsonify, request

app = Flask(__name__)
FILES = {}
QUOTA = 10 * 1024 * 1024


@app.put("/files/<name>")
def put_file(name):
    # The size must be known before the upload starts, to check it against the quota.
    if request.content_length is None:
        return jsonify(error="Send the file with a Content-Length header"), 411
    if request.content_length > QUOTA:
        return jsonify(error="Files can be at most 10 MB"), 413
    FILES[name] = request.get_data()
    return jsonify(bytes=len(FILES[name])), 201, {"Location": f"/files/{name}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
