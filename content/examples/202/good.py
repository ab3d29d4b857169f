import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
JOBS = {}


@app.post("/exports")
def start_export():
    job = {"id": len(JOBS) + 1, "status": "queued"}
    JOBS[job["id"]] = job
    # Right: point to a status resource the client can poll.
    return jsonify(job), 202, {"Location": f"/exports/{job['id']}"}


@app.get("/exports/<int:job_id>")
def export_status(job_id):
    if job_id not in JOBS:
        abort(404)
    return jsonify(JOBS[job_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
