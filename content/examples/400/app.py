import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS = []


@app.post("/users")
def create_user():
    if not request.is_json:
        return jsonify(error="Send the body as application/json"), 415
    data = request.get_json(silent=True)  # None instead of an exception for broken JSON
    if not isinstance(data, dict):
        return jsonify(error="The body must be a JSON object"), 400
    user = {"id": len(USERS) + 1, "name": data.get("name")}
    USERS.append(user)
    return jsonify(user), 201, {"Location": f"/users/{user['id']}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
