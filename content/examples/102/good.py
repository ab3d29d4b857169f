import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
IMPORTS = {1: {"id": 1, "status": "running"}}


@app.get("/imports/<int:import_id>")
def import_status(import_id):
    job = IMPORTS.get(import_id) or abort(404)
    # Right: the status request itself succeeded; the job's state is in the body.
    return jsonify(job)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
