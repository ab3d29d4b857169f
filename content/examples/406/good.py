import os

from flask import Flask, jsonify, request

app = Flask(__name__)
REPORT = {"id": 7, "title": "Q3 sales", "total": 1200}


@app.get("/reports/7")
def report():
    accept = request.accept_mimetypes
    # Right: parse the header (lists, q-values, */*); a missing header accepts anything.
    if accept and accept.best_match(["application/json"]) is None:
        return jsonify(error="Only application/json is available"), 406, {"Vary": "Accept"}
    return jsonify(REPORT), 200, {"Vary": "Accept"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
