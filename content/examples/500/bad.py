import os

from flask import Flask, request

app = Flask(__name__)
USERS = []


@app.post("/users")
def create_user():
    # Wrong: a body without "name" raises KeyError, and the client gets a 500.
    name = request.get_json()["name"].strip()
    USERS.append(name)
    return {"id": len(USERS), "name": name}, 201, {"Location": f"/users/{len(USERS)}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
