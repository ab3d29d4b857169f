import os
import threading

from flask import Flask, abort, jsonify, url_for

app = Flask(__name__)
JOBS = {}


@app.post("/exports")
def start_export():
    job = {"id": len(JOBS) + 1, "status": "queued"}
    JOBS[job["id"]] = job
    threading.Timer(5, job.update, kwargs={"status": "done"}).start()  # stands in for a worker
    # 202: accepted but not done; Location says where to check on it.
    return jsonify(job), 202, {"Location": url_for("export_status", job_id=job["id"])}


@app.get("/exports/<int:job_id>")
def export_status(job_id):
    if job_id not in JOBS:
        abort(404)
    return jsonify(JOBS[job_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
