import os

from flask import Flask, request

app = Flask(__name__)
DOCUMENTS = {7: {"title": "Q3 draft", "version": 3}}


def etag_of(doc):
    return f'"v{doc["version"]}"'


def if_match_holds(if_match, etag):
    # "*" or one of the listed ETags is the current one, compared strongly (RFC 9110 §13.1.1).
    return any(tag.strip() in ("*", etag) for tag in if_match.split(","))


@app.get("/documents/<int:doc_id>")
def get_document(doc_id):
    doc = DOCUMENTS.get(doc_id)
    if doc is None:
        return {"error": "No such document"}, 404
    return doc, 200, {"ETag": etag_of(doc)}


@app.put("/documents/<int:doc_id>")
def update_document(doc_id):
    doc = DOCUMENTS.get(doc_id)
    if doc is None:
        return {"error": "No such document"}, 404
    # Right: ask for the version the client edited, then check it.
    if "If-Match" not in request.headers:
        return {"error": "Send If-Match with the ETag from your last GET"}, 428
    if not if_match_holds(request.headers["If-Match"], etag_of(doc)):
        return {"error": "The document changed since you loaded it"}, 412
    doc.update(title=request.get_json()["title"], version=doc["version"] + 1)
    # No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
    return doc


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
