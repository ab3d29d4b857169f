import os

from flask import Flask, redirect

app = Flask(__name__)


@app.get("/")
def home():
    return "<h1>Welcome</h1>"


@app.errorhandler(404)
def not_found(error):
    # Wrong: a missing page turns into a redirect to a page that exists.
    return redirect("/")


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
