import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
USERS = {42: {"id": 42, "name": "Ada Lovelace"}}


@app.get("/users/<int:user_id>")
def get_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        abort(404)
    response = jsonify(user)  # 200 is Flask's default
    response.add_etag()  # a version tag, so a client can revalidate and get 304
    return response.make_conditional(request)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
