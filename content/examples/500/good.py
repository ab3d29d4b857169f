import os

from flask import Flask, request

app = Flask(__name__)
USERS = []


@app.post("/users")
def create_user():
    data = request.get_json(silent=True)
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        # Right: the client's input is the problem, so answer 400, not 500.
        return {"error": "name must be a non-empty string"}, 400
    USERS.append(name.strip())
    return {"id": len(USERS), "name": name.strip()}, 201, {"Location": f"/users/{len(USERS)}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
