import os

from flask import Flask, jsonify, request

app = Flask(__name__)
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


# The TLS proxy in front (such as nginx with ssl_early_data on and
# proxy_set_header Early-Data $ssl_early_data) adds Early-Data: 1 to
# requests that arrived before the handshake finished; any value counts.
@app.before_request
def refuse_replayable():
    if "Early-Data" in request.headers and request.method not in SAFE_METHODS:
        return jsonify(error="Possibly replayed; send it again after the TLS handshake"), 425


@app.get("/products")
def products():
    return jsonify([{"id": 1, "name": "Teapot"}])


@app.post("/orders")
def create_order():
    return jsonify(id=1001, **request.get_json()), 201


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
