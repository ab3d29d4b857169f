import os

from flask import Flask, jsonify, request

app = Flask(__name__)
# The proxy is set in each client's configuration (PAC file, HTTPS_PROXY), never
# in a response. The origin only accepts connections that come from the proxy.
PROXY_ADDRESSES = {"10.0.0.5"}


@app.before_request
def require_proxy():
    if request.remote_addr not in PROXY_ADDRESSES:
        return jsonify(error="Direct access is not allowed; connect through the company proxy."), 403


@app.get("/reports/q3")
def report():
    return jsonify(quarter="Q3", revenue=1200000)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
