import os

from flask import Flask

app = Flask(__name__)
MAINTENANCE = True  # in real life, a flag from the environment or a config store


@app.before_request
def maintenance_mode():
    # Returning a response here skips the view, so every URL gets the 503.
    if MAINTENANCE:
        body = {"error": "Down for maintenance, back in about 10 minutes"}
        return body, 503, {"Retry-After": "600"}


@app.get("/orders")
def list_orders():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
