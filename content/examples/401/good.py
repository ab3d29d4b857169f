import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {"token-ada": {"id": 42, "name": "Ada Lovelace"}}


@app.get("/me")
def me():
    user = USERS_BY_TOKEN.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    if user is None:
        # Right: the challenge names the scheme the client must use.
        challenge = {"WWW-Authenticate": 'Bearer realm="example"'}
        return jsonify(error="Missing or invalid token"), 401, challenge
    return jsonify(user)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
