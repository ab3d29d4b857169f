import os

from flask import Flask, abort

app = Flask(__name__)
# An upload of 11 bytes that was interrupted after 5.
UPLOADS = {1: {"data": b"hello", "length": 11, "complete": False}}


@app.route("/uploads/<int:upload_id>", methods=["HEAD"])
def upload_offset(upload_id):
    upload = UPLOADS.get(upload_id) or abort(404)
    # Right: the state travels in headers, and no cache may reuse it.
    return "", 204, {
        "Upload-Offset": str(len(upload["data"])),
        "Upload-Complete": "?1" if upload["complete"] else "?0",
        "Upload-Length": str(upload["length"]),
        "Cache-Control": "no-store",
    }


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
