import os

from flask import Flask, jsonify

app = Flask(__name__)


def load_report(report_id):
    raise ConnectionError(f"database unreachable while loading report {report_id}")


@app.get("/reports/<int:report_id>")
def get_report(report_id):
    return jsonify(load_report(report_id))


@app.errorhandler(500)
def internal_error(error):
    # Flask has already logged the traceback; the client gets no details.
    return jsonify(error="Internal server error"), 500


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
