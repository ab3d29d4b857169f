import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {"token-ada": {"id": 42, "name": "Ada Lovelace"}}


@app.get("/me")
def me():
    auth = request.headers.get("Authorization", "")
    token = auth[7:] if auth[:7].lower() == "bearer " else ""
    user = USERS_BY_TOKEN.get(token)
    if user is None:
        # The challenge names the scheme; a refused token also gets error="invalid_token" (RFC 6750 §3.1).
        error = ', error="invalid_token"' if token else ""
        challenge = {"WWW-Authenticate": f'Bearer realm="example"{error}'}
        return jsonify(error="Missing or invalid token"), 401, challenge
    return jsonify(user)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
