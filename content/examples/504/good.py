import json
import os
import time
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)


@app.get("/upstream/daily-report")
def slow_upstream():
    time.sleep(5)  # stands in for a slow backend service
    return {"date": "2026-03-01", "orders": 1234}


@app.get("/reports/daily")
def daily_report():
    url = f"http://127.0.0.1:{request.environ['SERVER_PORT']}/upstream/daily-report"
    try:
        with urlopen(url, timeout=1) as upstream:
            return json.load(upstream), upstream.status
    except OSError as err:
        if TimeoutError not in (type(err), type(getattr(err, "reason", None))):  # or wrapped, when connecting
            raise
        # Right: the gateway gave up waiting for its upstream, and says so.
        return {"error": "The report service did not answer within 1 s"}, 504


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
