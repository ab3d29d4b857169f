import os

from flask import Flask, jsonify, request

app = Flask(__name__)
REPORTS = {1: {"id": 1, "title": "Q3 sales", "total": 1200}}
AVAILABLE = ["application/json", "text/csv"]


# 415 looks at Content-Type: the format of the body the client sends.
@app.post("/reports")
def create_report():
    if not request.is_json:
        # The Accept response header lists what this endpoint takes.
        return jsonify(error="Send the report as application/json"), 415, {"Accept": "application/json"}
    data = request.get_json()
    report = {"id": len(REPORTS) + 1, "title": data.get("title"), "total": data.get("total")}
    REPORTS[report["id"]] = report
    return jsonify(report), 201, {"Location": f"/reports/{report['id']}"}


# 406 looks at Accept: the formats the client will take in the response.
@app.get("/reports/<int:report_id>")
def show_report(report_id):
    report = REPORTS.get(report_id)
    if report is None:
        return jsonify(error="No such report"), 404
    accept = request.accept_mimetypes
    # No Accept header accepts anything; otherwise honour its q-values and wildcards.
    best = accept.best_match(AVAILABLE) if accept else AVAILABLE[0]
    vary = {"Vary": "Accept"}
    if best is None:
        return jsonify(error="Not Acceptable", available=AVAILABLE), 406, vary
    if best == "text/csv":
        csv = f"id,title,total\n{report['id']},{report['title']},{report['total']}\n"
        return csv, 200, {**vary, "Content-Type": "text/csv"}
    return jsonify(report), 200, vary


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
