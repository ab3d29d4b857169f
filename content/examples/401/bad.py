import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {"token-ada": {"id": 42, "name": "Ada Lovelace"}}


@app.get("/me")
def me():
    user = USERS_BY_TOKEN.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    if user is None:
        abort(401)  # Wrong: a 401 with no WWW-Authenticate challenge
    return jsonify(user)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
