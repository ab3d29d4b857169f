import os

from flask import Flask, request

app = Flask(__name__)
HOSTS = {"localhost", "shop.example"}  # the names this server answers for


@app.before_request
def reject_unknown_hosts():
    if request.host.split(":")[0] not in HOSTS:
        # A WSGI app cannot drop the connection; 421 is the registered refusal.
        return {"error": f"This server does not serve {request.host}"}, 421


@app.get("/")
def home():
    return {"shop": "open"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
