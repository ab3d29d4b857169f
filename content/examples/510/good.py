import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/orders")
def create_order():
    if "Idempotency-Key" not in request.headers:
        # Right: a required header is missing, which is a plain 400, with a link to the docs.
        body = {
            "error": "This endpoint requires an Idempotency-Key header",
            "docs": "https://api.example.com/docs/idempotency",
        }
        return body, 400
    return {"id": 1, "status": "created"}, 201, {"Location": "/orders/1"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
