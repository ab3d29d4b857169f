import os

from flask import Flask, jsonify, request

app = Flask(__name__)
UPLOADS = {}


# Upload creation as in the resumable-upload draft. WSGI cannot send a 104,
# so the client learns the upload's URL from the final response only.
@app.post("/uploads")
def create_upload():
    data = request.get_data()
    complete = request.headers.get("Upload-Complete") == "?1"
    upload_id = len(UPLOADS) + 1
    UPLOADS[upload_id] = {"data": data, "complete": complete}
    headers = {"Location": f"/uploads/{upload_id}", "Upload-Offset": str(len(data))}
    if not complete:
        headers["Upload-Complete"] = "?0"
    return jsonify(id=upload_id, complete=complete), 201, headers


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
