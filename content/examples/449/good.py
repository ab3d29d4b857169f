import os

from flask import Flask, request

app = Flask(__name__)
DOCUMENTS = {7: {"title": "Q3 draft", "version": 3}}


@app.put("/documents/<int:doc_id>")
def update_document(doc_id):
    doc = DOCUMENTS.get(doc_id)
    if doc is None:
        return {"error": "No such document"}, 404
    etag = f'"v{doc["version"]}"'
    # Right: ask for the version the client edited, then check it.
    if "If-Match" not in request.headers:
        return {"error": f"Send If-Match: {etag} (the ETag you edited)"}, 428
    if request.headers["If-Match"] != etag:
        return {"error": "The document changed since you loaded it"}, 412
    doc.update(title=request.get_json()["title"], version=doc["version"] + 1)
    # No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
    return doc


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
