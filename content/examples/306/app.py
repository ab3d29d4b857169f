import os

from flask import Flask, redirect, request

app = Flask(__name__)
# The primary site is down for a migration; the standby site serves orders for now.
STANDBY = "https://standby.example.com"


@app.route("/api/orders", methods=["GET", "POST"])
def orders():
    # 307, never 306: browsers and HTTP libraries follow it and keep the method and body.
    return redirect(STANDBY + request.path, code=307)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
