import os

from flask import Flask, request

app = Flask(__name__)
SESSIONS = {"s1": {"csrf_token": "k3v9Qx2LrT"}}


@app.post("/profile")
def update_profile():
    expected = SESSIONS.get(request.cookies.get("sid"), {}).get("csrf_token")
    # Wrong: with an expired session and no token, None != None is False.
    if request.form.get("_token") != expected:
        return {"error": "Missing or expired form token"}, 403
    return {"saved": True, "name": request.form.get("name")}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
