import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/status")
def status():
    # The server parsed the request line before Flask ran; Werkzeug's
    # development server has already refused HTTP/2.0 and later with 505.
    return {"ok": True, "protocol": request.environ["SERVER_PROTOCOL"]}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
