import os

from flask import Flask, redirect

app = Flask(__name__)


@app.post("/login")
def login():
    # (Check request.form["user"] and request.form["password"], start a session.)
    # Right: 303 tells the browser to load the next page with a plain GET.
    return redirect("/dashboard", code=303)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
