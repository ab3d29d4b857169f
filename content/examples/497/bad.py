import os

from flask import Flask, redirect, request

app = Flask(__name__)


@app.before_request
def require_https():
    # Wrong: behind the TLS-terminating proxy, the scheme here is always "http".
    if request.scheme == "http":
        return redirect(request.url.replace("http://", "https://", 1), 308)


@app.get("/orders")
def list_orders():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
