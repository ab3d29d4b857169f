import os

from flask import Flask

app = Flask(__name__)
PAGE = "<h1>Down for maintenance</h1><p>Back in about 10 minutes.</p>"


@app.before_request
def maintenance_mode():
    # Wrong: status 200 says this page is the real content of every URL.
    return PAGE


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
