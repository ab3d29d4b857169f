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
    # The body stopped short of its Content-Length: the client went silent or hung up.
    return jsonify(error="The request body did not arrive in time"), 408


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
