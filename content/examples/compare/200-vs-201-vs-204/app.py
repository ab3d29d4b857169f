import itertools
import os

from flask import Flask, jsonify, request, url_for

app = Flask(__name__)
NOTES = {1: {"id": 1, "text": "Buy milk"}}
NEXT_ID = itertools.count(2)


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    if note_id not in NOTES:
        return jsonify(error="Note not found"), 404
    response = jsonify(NOTES[note_id])  # 200: here is what you asked for
    response.add_etag()  # a version tag, so the client can revalidate
    return response.make_conditional(request)


@app.post("/notes")
def create_note():
    data = request.get_json()
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str) or not text.strip():
        return jsonify(errors={"text": "must not be empty"}), 422
    note = {"id": next(NEXT_ID), "text": text}
    NOTES[note["id"]] = note
    # 201: something new exists, and Location says where
    return jsonify(note), 201, {"Location": url_for("get_note", note_id=note["id"])}


@app.delete("/notes/<int:note_id>")
def delete_note(note_id):
    if NOTES.pop(note_id, None) is None:
        return jsonify(error="Note not found"), 404
    return "", 204  # 204: done, and there is nothing to send back


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
