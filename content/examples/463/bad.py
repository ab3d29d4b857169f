import os

from flask import Flask, request

app = Flask(__name__)
BLOCKED = {"203.0.113.9"}


@app.get("/orders")
def list_orders():
    # Wrong: the first entry is whatever the client chose to send.
    client_ip = request.headers.get("X-Forwarded-For", request.remote_addr).split(",")[0].strip()
    if client_ip in BLOCKED:
        return {"error": "Blocked"}, 403
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
