import os

from flask import Flask, jsonify, request

app = Flask(__name__)
REQUIRED = ("email", "name")


@app.post("/users")
def create_user():
    data = request.get_json()
    # Right: check the input first and tell the client which fields to fix.
    if not isinstance(data, dict):
        return jsonify(errors={"body": "must be a JSON object"}), 422
    missing = [field for field in REQUIRED if not isinstance(data.get(field), str) or not data[field].strip()]
    if missing:
        return jsonify(errors={field: "is required (a non-empty string)" for field in missing}), 422
    user = {"id": 2, "email": data["email"].lower(), "name": data["name"]}
    return jsonify(user), 201, {"Location": "/users/2"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
