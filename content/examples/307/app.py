import os

from flask import Flask, jsonify, redirect, request, url_for

app = Flask(__name__)
# Uploads go to whichever storage node has room right now, so the redirect is temporary.
ACTIVE_NODE = "node-b"


@app.post("/uploads")
def upload():
    # 307 keeps the POST and its body; a 302 would let clients switch to GET.
    return redirect(url_for("store", node=ACTIVE_NODE), code=307)


@app.post("/nodes/<node>/uploads")
def store(node):
    return jsonify(node=node, bytes=len(request.get_data())), 201


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
