import os

from flask import Flask, request

app = Flask(__name__)


# nginx verifies the client certificate (ssl_verify_client optional), ends a request whose
# certificate fails (495, sent as 400), and passes the result on:
#   proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
@app.before_request
def require_verified_certificate():
    verify = request.headers.get("X-SSL-Client-Verify", "NONE")
    if request.path.startswith("/api/") and verify != "SUCCESS":
        # A registered refusal, with what nginx reported ("NONE": no certificate).
        return {"error": "A valid client certificate is required", "detail": verify}, 403


@app.get("/api/orders")
def list_orders():
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
