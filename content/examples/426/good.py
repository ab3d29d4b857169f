import os

from flask import Flask

app = Flask(__name__)


@app.get("/chat")
def chat():
    # Right: Upgrade names the protocol, and Connection marks Upgrade as hop-by-hop.
    return "Connect with WebSocket", 426, {"Upgrade": "websocket", "Connection": "Upgrade"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
