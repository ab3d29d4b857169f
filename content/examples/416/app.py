import os

from flask import Flask, abort, request

app = Flask(__name__)
FILES = {"notes.txt": b"Range requests fetch part of a file.\n"}


@app.get("/files/<name>")
def get_file(name):
    data = FILES.get(name) or abort(404)
    response = app.response_class(data, mimetype="text/plain")
    # Werkzeug answers Range: 206 for a valid range, 416 with Content-Range: bytes */length otherwise.
    return response.make_conditional(request, accept_ranges=True, complete_length=len(data))


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
