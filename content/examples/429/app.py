import math
import os
import time

from flask import Flask, jsonify, request

app = Flask(__name__)
LIMIT = 3  # requests per client per minute
WINDOW = 60
WINDOWS = {}  # client IP -> (start, count)


@app.get("/search")
def search():
    now = time.monotonic()
    start, count = WINDOWS.get(request.remote_addr, (now, 0))
    if now - start >= WINDOW:
        start, count = now, 0
    count += 1
    WINDOWS[request.remote_addr] = (start, count)
    if count > LIMIT:
        retry_after = math.ceil(start + WINDOW - now)  # when this client's window ends
        body = jsonify(error=f"At most {LIMIT} requests per minute")
        return body, 429, {"Retry-After": str(retry_after)}
    return jsonify(query=request.args.get("q"), results=[])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
