import os

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
# Right: trust exactly one proxy (the load balancer), so the client is the last entry.
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)
BLOCKED = {"203.0.113.9"}


@app.get("/orders")
def list_orders():
    if request.remote_addr in BLOCKED:
        return {"error": "Blocked"}, 403
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
