import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {
    "token-ada": {"name": "Ada", "role": "admin"},
    "token-bob": {"name": "Bob", "role": "member"},
}


@app.get("/admin/stats")
def admin_stats():
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token if scheme.lower() == "bearer" else ""
    user = USERS_BY_TOKEN.get(token)
    if user is None:
        # A token that was sent and refused gets error="invalid_token"; no token, no error code (RFC 6750 §3.1).
        error = ', error="invalid_token"' if token else ""
        return jsonify(error="Sign in first"), 401, {"WWW-Authenticate": f'Bearer realm="example"{error}'}
    if user["role"] != "admin":
        # Known user, not allowed: signing in again would not change the answer.
        # The challenge says why: the token does not carry the rights this needs (RFC 6750 §3.1).
        challenge = {"WWW-Authenticate": 'Bearer realm="example", error="insufficient_scope"'}
        return jsonify(error="Admins only"), 403, challenge
    return jsonify(users=len(USERS_BY_TOKEN))


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
