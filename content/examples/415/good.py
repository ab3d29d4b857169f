import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS = []


@app.post("/users")
def create_user():
    if not request.is_json:
        # Right: reject the format and name the one this endpoint takes.
        return jsonify(error="Send the user as application/json"), 415, {"Accept": "application/json"}
    data = request.get_json()
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        return jsonify(error="name is required"), 422
    user = {"id": len(USERS) + 1, "name": name}
    USERS.append(user)
    return jsonify(user), 201, {"Location": f"/users/{user['id']}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
