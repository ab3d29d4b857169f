import os

from flask import Flask

app = Flask(__name__)


@app.get("/reports/q3")
def report():
    # Wrong: 305 is deprecated, and no browser or HTTP library switches proxy because of it.
    return "", 305, {"Location": "http://proxy.example.com:3128/"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
