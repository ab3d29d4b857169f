import os

from flask import Flask, redirect

app = Flask(__name__)


@app.get("/about-us")
def old_about():
    # Right: the page moved for good, so say so.
    return redirect("/about", code=301)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
