import os

from flask import Flask, redirect

app = Flask(__name__)


@app.get("/about-us")
def old_about():
    # Wrong: without a code, redirect() sends 302, which says "temporary".
    return redirect("/about")


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
