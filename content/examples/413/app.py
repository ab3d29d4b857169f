import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 100  # bytes: tiny, so the example request exceeds it
NOTES = []


@app.before_request
def limit_body_size():
    # Werkzeug 2.3+ enforces MAX_CONTENT_LENGTH for every body; older versions only for form data.
    if (request.content_length or 0) > app.config["MAX_CONTENT_LENGTH"]:
        abort(413)


@app.post("/notes")
def create_note():
    note = {"id": len(NOTES) + 1, "text": request.get_json()["text"]}
    NOTES.append(note)
    return jsonify(note), 201


@app.errorhandler(413)
def too_large(error):
    return jsonify(error="The body may be at most 100 bytes"), 413


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
