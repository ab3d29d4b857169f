import os

from flask import Flask, abort, jsonify, request

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
    # Wrong: this also catches abort(413) and every other HTTP error.
    return jsonify(error="Internal server error"), 500


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
