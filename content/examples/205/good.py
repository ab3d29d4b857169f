import os

from flask import Flask, request

app = Flask(__name__)
COMMENTS = []


@app.post("/comments")
def add_comment():
    COMMENTS.append(request.form["text"])
    # Right: the status is the whole message; the body stays empty.
    return "", 205


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
