import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS = []


@app.post("/users")
def create_user():
    data = request.get_json(silent=True) or {}  # Wrong: a body of any other type becomes {}
    user = {"id": len(USERS) + 1, "name": data.get("name")}
    USERS.append(user)
    return jsonify(user), 201, {"Location": f"/users/{user['id']}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
