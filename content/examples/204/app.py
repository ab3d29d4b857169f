import os

from flask import Flask, abort

app = Flask(__name__)
USERS = {42: {"id": 42, "name": "Ada Lovelace"}}


@app.delete("/users/<int:user_id>")
def delete_user(user_id):
    if USERS.pop(user_id, None) is None:
        abort(404)
    return "", 204  # the empty string is the (absent) body


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
