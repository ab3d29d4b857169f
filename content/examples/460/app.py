import os
import threading
import time

from flask import Flask

app = Flask(__name__)
JOBS = {}  # job id -> {"status": ..., "url": ...}


def build_export(job_id):
    time.sleep(5)  # stands in for minutes of queries and formatting
    JOBS[job_id] = {"status": "done", "url": f"/files/export-{job_id}.csv"}


@app.post("/exports")
def start_export():
    job_id = len(JOBS) + 1
    JOBS[job_id] = {"status": "running"}
    # The slow part runs after the response; a real app hands it to a job queue.
    threading.Thread(target=build_export, args=[job_id], daemon=True).start()
    body = {"id": job_id, "status": "running", "check": f"/exports/{job_id}"}
    return body, 202, {"Location": f"/exports/{job_id}"}


@app.get("/exports/<int:job_id>")
def export_status(job_id):
    if job_id not in JOBS:
        return {"error": "No such export"}, 404
    return JOBS[job_id]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
