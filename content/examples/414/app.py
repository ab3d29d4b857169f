import os

from flask import Flask, jsonify, request

app = Flask(__name__)
MAX_URL_LENGTH = 200  # nginx and Apache allow about 8 KB; kept short for the example


@app.before_request
def limit_url_length():
    if len(request.full_path) > MAX_URL_LENGTH:
        return jsonify(error="URL too long: send the IDs in the body of POST /reports/search"), 414


@app.get("/reports")
def reports():
    ids = [i for i in request.args.get("ids", "").split(",") if i]
    return jsonify([{"id": i, "status": "ready"} for i in ids])


@app.post("/reports/search")
def search_reports():
    return jsonify([{"id": i, "status": "ready"} for i in request.get_json()["ids"]])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
