import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
NOTES = {1: {"id": 1, "title": "Groceries"}}
# The methods this server implements for any resource; everything else gets 501.
IMPLEMENTED = {"GET", "HEAD", "OPTIONS"}


@app.before_request
def reject_unimplemented_methods():
    # Hooks run before Flask reports routing errors, so this replaces its 405.
    if request.method not in IMPLEMENTED:
        return jsonify(error=f"{request.method} is not implemented by this server"), 501


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    if note_id not in NOTES:
        abort(404)
    return jsonify(NOTES[note_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
