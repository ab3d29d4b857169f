import os

from flask import Flask, jsonify, request

app = Flask(__name__)
REPORT = {"id": 7, "title": "Q3 sales", "total": 1200}


@app.get("/reports/7")
def report():
    # Wrong: compares the whole header as a string, so "application/json, */*" fails.
    if request.headers.get("Accept") != "application/json":
        return jsonify(error="Only application/json is available"), 406
    return jsonify(REPORT)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
