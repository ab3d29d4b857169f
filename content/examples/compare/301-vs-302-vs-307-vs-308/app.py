import os

from flask import Flask, jsonify, redirect, request, url_for

app = Flask(__name__)
# Uploads go to whichever storage node has room right now.
ACTIVE_NODE = "node-b"

# Two questions pick the code: is the move permanent, and must the method and body survive it?


# Moved for good, and only ever fetched with GET: 301.
@app.get("/old-blog")
def old_blog():
    return redirect(url_for("blog"), code=301)


# Signed-out visitors go to the login page, for now: 302.
@app.get("/account")
def account():
    if "session" not in request.cookies:
        return redirect(url_for("login"), code=302)
    return "Your account"


# For now, and the upload must arrive as a POST with its body: 307.
@app.post("/uploads")
def upload():
    return redirect(url_for("store_upload", node=ACTIVE_NODE), code=307)


# Moved for good, and the order must arrive as a POST with its body: 308.
@app.post("/api/v1/orders")
def create_order_v1():
    return redirect(url_for("create_order"), code=308)


# Where the redirects lead.
@app.get("/blog")
def blog():
    return "Blog"


@app.get("/login")
def login():
    return "Sign in"


@app.post("/nodes/<node>/uploads")
def store_upload(node):
    return jsonify(node=node, bytes=len(request.get_data())), 201


@app.post("/api/v2/orders")
def create_order():
    return jsonify(id=1, **request.get_json()), 201


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
