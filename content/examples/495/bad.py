import os

from flask import Flask, request

app = Flask(__name__)
# nginx: ssl_verify_client optional_no_ca; passes $ssl_client_s_dn and $ssl_client_verify on.


@app.get("/api/orders")
def list_orders():
    # Wrong: anyone can make a self-signed certificate with this subject.
    if not request.headers.get("X-SSL-Client-S-DN"):
        return {"error": "A client certificate is required"}, 403
    return [{"id": 1, "total": 42}]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
