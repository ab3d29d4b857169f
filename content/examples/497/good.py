import os

from flask import Flask, redirect, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
# Right: take the client's scheme from the one proxy in front (X-Forwarded-Proto).
app.wsgi_app = ProxyFix(app.wsgi_app, x_proto=1)


@app.before_request
def require_https():
    if request.scheme == "http":
        return redirect(request.url.replace("http://", "https://", 1), 308)


@app.get("/orders")
def list_orders():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
