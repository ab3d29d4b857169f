import os
import threading
import time

from flask import Flask

app = Flask(__name__)
JOBS = {}  # job id -> {"status": ..., "csv": ...}


def build_export(job_id):
    time.sleep(1)  # stands in for minutes of queries and formatting
    JOBS[job_id] = {"status": "done", "csv": "id,total\n1,42\n"}


@app.post("/exports")
def export():
    job_id = len(JOBS) + 1
    JOBS[job_id] = {"status": "running"}
    threading.Thread(target=build_export, args=[job_id], daemon=True).start()
    # Right: answer at once and let the client poll the status URL.
    status_url = f"/exports/{job_id}"
    return {"id": job_id, "status": "running", "check": status_url}, 202, {"Location": status_url}


@app.get("/exports/<int:job_id>")
def export_status(job_id):
    if job_id not in JOBS:
        return {"error": "No such export"}, 404
    return JOBS[job_id]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
