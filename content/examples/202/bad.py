import os

from flask import Flask, jsonify

app = Flask(__name__)
JOBS = {}


@app.post("/exports")
def start_export():
    job_id = len(JOBS) + 1
    JOBS[job_id] = {"id": job_id, "status": "queued"}
    # Wrong: accepted, but the client has no way to find out what became of it.
    return jsonify(message="Export started"), 202


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
