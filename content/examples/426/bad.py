import os

from flask import Flask

app = Flask(__name__)


@app.get("/chat")
def chat():
    # Wrong: the client learns that another protocol is needed, but not which one.
    return "Upgrade Required", 426


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
