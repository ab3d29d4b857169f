import os

from flask import Flask, request

app = Flask(__name__)
QUOTA = 1000  # bytes each API key may download per month
EXPORT = b"id,total\n" * 40  # a 360-byte CSV export
used = {}


@app.get("/exports/latest")
def latest_export():
    key = request.headers.get("X-Api-Key", "anonymous")
    if used.get(key, 0) + len(EXPORT) > QUOTA:
        # Wrong: 509 is not a registered code, and nothing says when the quota resets.
        return {"error": "Bandwidth limit exceeded"}, 509
    used[key] = used.get(key, 0) + len(EXPORT)
    return EXPORT, 200, {"Content-Type": "text/csv"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
