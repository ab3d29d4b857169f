import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/users")
def create_user():
    data = request.get_json()
    # Wrong: a missing field raises KeyError, and the client gets a 500.
    user = {"id": 2, "email": data["email"].lower(), "name": data["name"]}
    return jsonify(user), 201, {"Location": "/users/2"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
