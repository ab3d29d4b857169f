import os

from flask import Flask, redirect

app = Flask(__name__)


@app.post("/login")
def login():
    # (Check request.form["user"] and request.form["password"], start a session.)
    # Wrong: 307 makes the browser send the form, password included, again to /dashboard.
    return redirect("/dashboard", code=307)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
