import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {
    "token-ada": {"name": "Ada", "role": "admin"},
    "token-bob": {"name": "Bob", "role": "member"},
}


@app.get("/admin/reports")
def admin_reports():
    # 1. Authentication: who is asking?
    auth = request.headers.get("Authorization", "")
    token = auth[7:] if auth[:7].lower() == "bearer " else ""
    user = USERS_BY_TOKEN.get(token)
    if user is None:
        # A token that was sent and refused gets error="invalid_token" (RFC 6750 §3.1).
        refused = ', error="invalid_token"' if token else ""
        return jsonify(error="Sign in with a valid token"), 401, {"WWW-Authenticate": f'Bearer realm="example"{refused}'}
    # 2. Authorization: may this user do this? A Bearer API says why not (RFC 6750 §3).
    if user["role"] != "admin":
        challenge = {"WWW-Authenticate": 'Bearer realm="example", error="insufficient_scope"'}
        return jsonify(error="Admins only"), 403, challenge
    return jsonify(reports=["2026-10", "2026-11"])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
