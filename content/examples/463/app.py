import os

from flask import Flask, request

app = Flask(__name__)
MAX_HOPS = 30  # the limit AWS's load balancer applies


@app.before_request
def limit_forwarding_hops():
    header = request.headers.get("X-Forwarded-For", "")
    hops = [entry for entry in header.split(",") if entry.strip()]
    if len(hops) > MAX_HOPS:
        # One header field is too large: 431, and the body names the field.
        error = f"X-Forwarded-For lists {len(hops)} addresses; at most {MAX_HOPS} are accepted"
        return {"error": error}, 431


@app.get("/orders")
def list_orders():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
