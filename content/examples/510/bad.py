import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/orders")
def create_order():
    if "Idempotency-Key" not in request.headers:
        # Wrong: 510 belongs to a retired extension framework, not to a missing header.
        return {"error": "Not extended: send an Idempotency-Key header"}, 510
    return {"id": 1, "status": "created"}, 201, {"Location": "/orders/1"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
