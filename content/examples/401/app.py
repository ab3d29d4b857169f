import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {"token-ada": {"id": 42, "name": "Ada Lovelace"}}


@app.get("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    user = USERS_BY_TOKEN.get(token)
    if user is None:
        # The challenge tells the client which scheme to use to authenticate.
        challenge = {"WWW-Authenticate": 'Bearer realm="example"'}
        return jsonify(error="Missing or invalid token"), 401, challenge
    return jsonify(user)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
