import os

from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 100


@app.before_request
def limit_body_size():
    if (request.content_length or 0) > app.config["MAX_CONTENT_LENGTH"]:
        abort(413)


@app.post("/notes")
def create_note():
    return jsonify(text=request.get_json()["text"]), 201


@app.errorhandler(Exception)
def handle_error(error):
    if isinstance(error, HTTPException):
        # Right: HTTP errors such as 413 keep their own status.
        return jsonify(error=error.description), error.code
    return jsonify(error="Internal server error"), 500


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
