import os

from flask import Flask, jsonify, request

app = Flask(__name__)
# The host names this server is configured for; a request for any other was misdirected.
SERVED_HOSTS = {"www.example.com", "localhost", "127.0.0.1"}


@app.before_request
def reject_misdirected():
    host = request.host.split(":")[0]
    if host not in SERVED_HOSTS:
        # Nothing was done: the client may resend it on a connection to the right server.
        return jsonify(error=f"This server does not serve {host}"), 421


@app.get("/")
def home():
    return jsonify(site="www.example.com")


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
