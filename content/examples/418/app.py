import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/tea")
def tea():
    return jsonify(tea="Earl Grey", brewing=True)


# An easter egg, not an API error: HTTP gives 418 no meaning of its own.
@app.get("/coffee")
def coffee():
    return "I'm a teapot: this server brews tea, not coffee.", 418, {"Content-Type": "text/plain"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
