import hmac
import os

from flask import Flask, request

app = Flask(__name__)
SESSIONS = {"s1": {"csrf_token": "k3v9Qx2LrT"}}


@app.post("/profile")
def update_profile():
    expected = SESSIONS.get(request.cookies.get("sid"), {}).get("csrf_token")
    sent = request.form.get("_token")
    # Right: a missing session token or form token fails before any comparison.
    if expected is None or sent is None or not hmac.compare_digest(sent.encode(), expected.encode()):
        return {"error": "Missing or expired form token; reload the page and try again"}, 403
    return {"saved": True, "name": request.form.get("name")}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
