import os

from flask import Flask, jsonify, request
from werkzeug.exceptions import ClientDisconnected
from werkzeug.serving import WSGIRequestHandler

app = Flask(__name__)
WSGIRequestHandler.timeout = 1  # seconds the development server waits for a silent client


@app.post("/uploads")
def upload():
    return jsonify(received=len(request.get_data())), 201


@app.errorhandler(ClientDisconnected)
def body_incomplete(error):
    # The body stopped short of its Content-Length; __context__ is the read error behind it, if any.
    if isinstance(error.__context__, TimeoutError):
        # The client went silent for longer than the server waits.
        return jsonify(error="The request body did not arrive in time"), 408
    # The client closed its side before sending the whole body: nobody waited, so 400, not 408.
    return jsonify(error="The request body ended before its Content-Length"), 400


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
