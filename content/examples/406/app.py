import os

from flask import Flask, jsonify, request

app = Flask(__name__)
REPORT = {"id": 7, "title": "Q3 sales", "total": 1200}
AVAILABLE = ["application/json", "text/csv"]


@app.get("/reports/7")
def report():
    accept = request.accept_mimetypes
    # No Accept header accepts anything; otherwise honour its q-values and wildcards.
    best = accept.best_match(AVAILABLE) if accept else AVAILABLE[0]
    vary = {"Vary": "Accept"}
    if best is None:
        return jsonify(error="Not Acceptable", available=AVAILABLE), 406, vary
    if best == "text/csv":
        csv = f"id,title,total\n{REPORT['id']},{REPORT['title']},{REPORT['total']}\n"
        return csv, 200, {**vary, "Content-Type": "text/csv"}
    return jsonify(REPORT), 200, vary


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
