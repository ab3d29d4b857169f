import os

from flask import Flask, redirect, request

app = Flask(__name__)
GATEWAY = "https://gateway.example.com"


@app.get("/reports/q3")
def report():
    # Right: an ordinary redirect to the gateway's own URL, which browsers and HTTP libraries follow.
    return redirect(GATEWAY + request.path, code=307)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
