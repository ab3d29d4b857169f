import os

from flask import Flask, request

app = Flask(__name__)
REPORT = b"Quarterly report: revenue up 12%, costs flat, outlook stable.\n"
ETAG = '"report-v1"'


@app.get("/files/report.txt")
def report():
    headers = {"Accept-Ranges": "bytes", "ETag": ETAG, "Content-Type": "text/plain"}
    wanted = request.range  # the parsed Range header, or None
    # If-Range: a part only for a copy with this very ETag (strong comparison); otherwise Range is ignored
    # and the whole file sent. An If-Range date never matches, as no Last-Modified is sent.
    if request.headers.get("If-Range", ETAG) != ETAG:
        wanted = None
    if wanted is None or wanted.units != "bytes" or len(wanted.ranges) != 1:
        return REPORT, 200, headers  # no Range to honour, or several ranges: the whole file is allowed
    span = wanted.range_for_length(len(REPORT))
    if span is None:
        return "", 416, {"Content-Range": f"bytes */{len(REPORT)}"}
    start, stop = span
    headers["Content-Range"] = f"bytes {start}-{stop - 1}/{len(REPORT)}"
    return REPORT[start:stop], 206, headers


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
