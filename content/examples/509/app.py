import os
from datetime import datetime, timezone

from flask import Flask

app = Flask(__name__)
MONTHLY_BUDGET = 1000  # bytes the service may send per month (tiny, for the demo)
VIDEO = b"v" * 400  # a 400-byte "download"
sent = 0


def seconds_until_next_month():
    now = datetime.now(timezone.utc)
    start = datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=timezone.utc)
    return int((start - now).total_seconds()) + 1


@app.get("/downloads/intro.mp4")
def download():
    global sent
    if sent + len(VIDEO) > MONTHLY_BUDGET:
        # The whole service is out of transfer until the budget resets: 503 with Retry-After, not 509.
        body = {"error": "Monthly transfer budget used up"}
        return body, 503, {"Retry-After": str(seconds_until_next_month())}
    sent += len(VIDEO)
    return VIDEO, 200, {"Content-Type": "video/mp4"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
