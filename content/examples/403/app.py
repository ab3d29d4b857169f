import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {
    "token-ada": {"name": "Ada", "role": "admin"},
    "token-bob": {"name": "Bob", "role": "member"},
}


@app.get("/admin/stats")
def admin_stats():
    user = USERS_BY_TOKEN.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    if user is None:
        return jsonify(error="Sign in first"), 401, {"WWW-Authenticate": 'Bearer realm="example"'}
    if user["role"] != "admin":
        # Known user, not allowed: signing in again would not change the answer.
        return jsonify(error="Admins only"), 403
    return jsonify(users=len(USERS_BY_TOKEN))


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
