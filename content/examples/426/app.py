import os

from flask import Flask

app = Flask(__name__)


# A WebSocket endpoint reached with a plain HTTP request: say which protocol it needs.
@app.get("/chat")
def chat():
    headers = {"Upgrade": "websocket", "Connection": "Upgrade", "Content-Type": "text/plain"}
    return "This endpoint speaks WebSocket only; connect with ws://.", 426, headers


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
