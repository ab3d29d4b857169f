import os

from flask import Flask

app = Flask(__name__)


@app.get("/")
def home():
    return "<h1>Welcome</h1>"


@app.errorhandler(404)
def not_found(error):
    # Right: keep the 404 and help the reader on from there.
    return '<h1>Page not found</h1><p><a href="/">Go to the home page</a></p>', 404


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
