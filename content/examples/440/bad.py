import os
import time

from flask import Flask, request

app = Flask(__name__)
SESSIONS = {"token-from-yesterday": {"user": "ada", "expires_at": time.time() - 23 * 3600}}


@app.get("/api/messages")
def list_messages():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    session = SESSIONS.get(token)
    if session is None or session["expires_at"] <= time.time():
        # Wrong: this 403 carries no challenge and says the credentials are not enough,
        # so the client is not told to sign in again.
        return {"error": "Access denied"}, 403
    return {"user": session["user"], "messages": []}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
