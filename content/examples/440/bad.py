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
        # Wrong: "forbidden" tells the client that signing in again would not help.
        return {"error": "Access denied"}, 403
    return {"user": session["user"], "messages": []}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
