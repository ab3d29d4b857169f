import os

from flask import Flask

app = Flask(__name__)


@app.get("/v1/orders")
def orders_v1():
    # Wrong: 505 is about the version of HTTP, not the version of this API.
    return {"error": "API v1 is no longer supported; use /v2/orders"}, 505


@app.get("/v2/orders")
def orders_v2():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
