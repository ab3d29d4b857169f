import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS = []


@app.post("/users")
def create_user():
    if not request.is_json:
        # Right: reject the format and name the one this endpoint takes.
        return jsonify(error="Send the user as application/json"), 415, {"Accept": "application/json"}
    user = {"id": len(USERS) + 1, "name": request.get_json().get("name")}
    USERS.append(user)
    return jsonify(user), 201, {"Location": f"/users/{user['id']}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
