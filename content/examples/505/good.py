import os

from flask import Flask

app = Flask(__name__)


@app.get("/v1/orders")
def orders_v1():
    # Right: the old API is gone for good, and the Link header names its successor.
    body = {"error": "API v1 was retired; use /v2/orders"}
    return body, 410, {"Link": '</v2/orders>; rel="successor-version"'}


@app.get("/v2/orders")
def orders_v2():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
