import os
import threading
import time

from flask import Flask

app = Flask(__name__)
REPORTS = {}
DEADLINE_SECONDS = 0.5  # answer well inside the CDN's timeout (Cloudflare's is 120 s by default)


def build_report(report_id):
    time.sleep(5)  # the slow part: a big query, an export
    REPORTS[report_id] = {"status": "done", "rows": 1200}


@app.post("/reports")
def create_report():
    report_id = str(len(REPORTS) + 1)
    REPORTS[report_id] = {"status": "running"}
    worker = threading.Thread(target=build_report, args=(report_id,), daemon=True)
    worker.start()
    worker.join(timeout=DEADLINE_SECONDS)
    location = {"Location": f"/reports/{report_id}"}
    if worker.is_alive():
        # Not finished in time: hand back a URL to poll instead of keeping the request open.
        return REPORTS[report_id], 202, location
    return REPORTS[report_id], 201, location


@app.get("/reports/<report_id>")
def get_report(report_id):
    if report_id not in REPORTS:
        return {"error": "No such report"}, 404
    return REPORTS[report_id]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
