import os

from flask import Flask, request

app = Flask(__name__)
COMMENTS = []


@app.post("/comments")
def add_comment():
    COMMENTS.append(request.form["text"])
    # Wrong: a 205 must not carry content, but Flask sends this body anyway.
    return {"saved": True, "message": "Thanks for your comment!"}, 205


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
