import os
import time

from flask import Flask, request

app = Flask(__name__)
HOUR = 3600
# token -> session; this one was issued a day ago and lived for an hour
SESSIONS = {"token-from-yesterday": {"user": "ada", "expires_at": time.time() - 23 * HOUR}}


@app.get("/api/messages")
def list_messages():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    session = SESSIONS.get(token)
    if session is None or session["expires_at"] <= time.time():
        # 401 plus a challenge: the client knows to refresh the token or sign in again.
        challenge = 'Bearer realm="mail", error="invalid_token", error_description="The session has expired"'
        return {"error": "Your session has expired; sign in again"}, 401, {"WWW-Authenticate": challenge}
    return {"user": session["user"], "messages": []}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
