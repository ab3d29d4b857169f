import os

from flask import Flask, abort, jsonify, url_for

app = Flask(__name__)
IMPORTS = {}


# WSGI cannot send 102, so accept the slow job with 202 and a URL to poll.
@app.post("/imports")
def start_import():
    job = {"id": len(IMPORTS) + 1, "status": "running"}
    IMPORTS[job["id"]] = job
    return jsonify(job), 202, {"Location": url_for("import_status", import_id=job["id"])}


@app.get("/imports/<int:import_id>")
def import_status(import_id):
    if import_id not in IMPORTS:
        abort(404)
    return jsonify(IMPORTS[import_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
