import os

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS = [{"id": 1, "email": "ada@example.com", "name": "Ada Lovelace"}]


@app.post("/users")
def create_user():
    data = request.get_json()
    email = data.get("email", "").lower()
    existing = next((user for user in USERS if user["email"] == email), None)
    if existing:
        # The request is well-formed; it clashes with data the server already has.
        return jsonify(error="Email already registered", user=f"/users/{existing['id']}"), 409
    user = {"id": len(USERS) + 1, "email": email, "name": data.get("name")}
    USERS.append(user)
    return jsonify(user), 201, {"Location": f"/users/{user['id']}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
