import json
import os
import time
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)
DEADLINE_SECONDS = 1  # well below what clients and nginx wait


def upstream_url():
    # Played by this same program, on the port it listens on.
    return f"http://127.0.0.1:{request.server[1]}/upstream/report"


@app.get("/upstream/report")
def slow_upstream():
    time.sleep(2)  # stands in for a slow service behind this one
    return {"year": 2025, "total": 42}


@app.get("/report")
def report():
    try:
        with urlopen(upstream_url(), timeout=DEADLINE_SECONDS) as upstream:
            return json.load(upstream)
    except TimeoutError:
        # Answer in time instead of keeping the client waiting until it gives up.
        return {"error": "The report service did not answer in time"}, 504


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
