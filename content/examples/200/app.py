import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
USERS = {42: {"id": 42, "name": "Ada Lovelace"}}


@app.get("/users/<int:user_id>")
def get_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        abort(404)
    return jsonify(user), 200  # 200 is also Flask's default


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
