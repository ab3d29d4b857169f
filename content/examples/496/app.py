import os

from flask import Flask, request

app = Flask(__name__)


# nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
@app.before_request
def require_client_certificate():
    verify = request.headers.get("X-SSL-Client-Verify", "NONE")
    if request.path.startswith("/admin/") and verify != "SUCCESS":
        # NONE means no certificate was sent; the registered refusal is 403.
        return {"error": "This path requires a client certificate", "detail": verify}, 403


@app.get("/status")
def status():
    return {"status": "ok"}  # public: no certificate needed


@app.get("/admin/reports")
def reports():
    return [{"id": 1, "title": "Q3"}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
