import os

from flask import Flask, abort, jsonify, request, url_for

app = Flask(__name__)
USERS = {1: {"id": 1, "name": "Ada Lovelace"}, 2: {"id": 2, "name": "Alan Turing"}}


@app.post("/users")
def create_user():
    name = (request.get_json(silent=True) or {}).get("name")
    if not isinstance(name, str) or not name:
        return jsonify(error="name is required"), 400
    user = {"id": len(USERS) + 1, "name": name}
    USERS[user["id"]] = user
    # url_for builds the path of the new user's own route, e.g. /users/3
    return jsonify(user), 201, {"Location": url_for("get_user", user_id=user["id"])}


@app.get("/users/<int:user_id>")
def get_user(user_id):
    if user_id not in USERS:
        abort(404)
    return jsonify(USERS[user_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
