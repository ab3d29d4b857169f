import math
import os
import socket
import time

from flask import Flask, jsonify, request

app = Flask(__name__)
LIMIT = 5  # requests per API key per minute
WINDOW = 60
WINDOWS = {}  # API key -> (start, count)
DATABASE = ("127.0.0.1", 3)  # down: nothing listens here


@app.before_request
def rate_limit():
    # 1. This client's rate: every route counts against the caller's own key.
    key = request.headers.get("X-API-Key", request.remote_addr)
    now = time.monotonic()
    start, count = WINDOWS.get(key, (now, 0))
    if now - start >= WINDOW:
        start, count = now, 0
    count += 1
    WINDOWS[key] = (start, count)
    if count > LIMIT:
        retry = {"Retry-After": str(math.ceil(start + WINDOW - now))}
        return jsonify(error=f"At most {LIMIT} requests per minute per key"), 429, retry


# Search is served from an in-memory index and works without the database.
@app.get("/search")
def search():
    return jsonify(query=request.args.get("q"), results=[])


# 2. The server's state: orders need the database, whoever is asking.
@app.get("/orders")
def list_orders():
    try:
        with socket.create_connection(DATABASE, timeout=1):  # stands in for a query
            return jsonify([{"id": 1, "total": 42}])
    except OSError:
        body = jsonify(error="The order database is unavailable; try again in 30 seconds")
        return body, 503, {"Retry-After": "30"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
