import os
from datetime import datetime, timezone

from flask import Flask, request

app = Flask(__name__)
QUOTA = 1000  # bytes each API key may download per month
EXPORT = b"id,total\n" * 40  # a 360-byte CSV export
used = {}


def seconds_until_next_month():
    now = datetime.now(timezone.utc)
    start = datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=timezone.utc)
    return int((start - now).total_seconds()) + 1


@app.get("/exports/latest")
def latest_export():
    key = request.headers.get("X-Api-Key", "anonymous")
    if used.get(key, 0) + len(EXPORT) > QUOTA:
        # Right: one client is over its quota, so 429, with the wait until the quota resets.
        body = {"error": "Monthly download quota of 1000 bytes used up"}
        return body, 429, {"Retry-After": str(seconds_until_next_month())}
    used[key] = used.get(key, 0) + len(EXPORT)
    return EXPORT, 200, {"Content-Type": "text/csv"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
