import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
# An upload of 11 bytes that was interrupted after 5.
UPLOADS = {1: {"data": b"hello", "length": 11, "complete": False}}


@app.get("/uploads/<int:upload_id>")
def upload_offset(upload_id):
    upload = UPLOADS.get(upload_id) or abort(404)
    # Wrong: the client asks with HEAD, and a HEAD response never carries this body.
    return jsonify(offset=len(upload["data"]), complete=upload["complete"])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
