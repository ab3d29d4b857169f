import os

from flask import Flask

app = Flask(__name__)
PAGE = "<h1>Down for maintenance</h1><p>Back in about 10 minutes.</p>"


@app.before_request
def maintenance_mode():
    # Right: 503 marks the outage as temporary; Retry-After says for how long.
    return PAGE, 503, {"Retry-After": "600"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
