import os

from flask import Flask, request

app = Flask(__name__)
# nginx: ssl_verify_client optional_no_ca; passes $ssl_client_s_dn and $ssl_client_verify on.


@app.get("/api/orders")
def list_orders():
    # Right: only a certificate that verified counts, whatever name it carries.
    verify = request.headers.get("X-SSL-Client-Verify", "NONE")
    if verify != "SUCCESS":
        return {"error": "A valid client certificate is required", "detail": verify}, 403
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
