import hmac
import os

from flask import Flask, request

app = Flask(__name__)
# Session ID (from the `sid` cookie) -> session data, including its CSRF token.
SESSIONS = {"s1": {"csrf_token": "k3v9Qx2LrT"}}


def csrf_token_is_valid():
    expected = SESSIONS.get(request.cookies.get("sid"), {}).get("csrf_token")
    sent = request.form.get("_token") or request.headers.get("X-CSRF-Token")
    # No session or no token is a failure, never a match.
    if expected is None or sent is None:
        return False
    return hmac.compare_digest(sent.encode(), expected.encode())  # bytes: any character can be compared


@app.post("/profile")
def update_profile():
    if not csrf_token_is_valid():
        return {"error": "Missing or expired form token; reload the page and try again"}, 403
    return {"saved": True, "name": request.form.get("name")}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
