import json
import os
import time
from urllib.error import HTTPError
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
        with urlopen(url, timeout=1) as upstream:  # no connect or read may wait over 1 second
            return json.load(upstream), upstream.status
    except HTTPError as err:  # the upstream answered with a 4xx or 5xx: relay its status
        return {"error": err.reason}, err.code
    except (OSError, ValueError) as err:  # timed out, refused, reset, or a body that is not JSON
        if TimeoutError in (type(err), type(getattr(err, "reason", None))):  # or wrapped, when connecting
            return {"error": "The report service did not answer within 1 s"}, 504
        return {"error": "The report service did not answer properly"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
