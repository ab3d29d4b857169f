import json
import os
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)
UPSTREAM = "http://127.0.0.1:3"  # nothing listens here, like a crashed backend


@app.get("/api/<path:path>")
def forward(path):
    try:
        with urlopen(UPSTREAM + request.full_path.rstrip("?")) as upstream:
            return json.load(upstream), upstream.status
    except HTTPError as err:  # the upstream answered with a 4xx or 5xx: relay its status
        return {"error": err.reason}, err.code
    except (OSError, ValueError) as err:  # no connection, a reset, or a success that is not JSON
        app.logger.error("upstream failed: %s", err)
        return {"error": "The upstream service did not answer properly"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
