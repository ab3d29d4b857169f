import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.before_request
def check_expectation():
    expect = request.headers.get("Expect", "").strip().lower()
    # 100-continue is the only expectation HTTP defines; the server handles it before this runs.
    if expect and expect != "100-continue":
        return jsonify(error=f"Unsupported expectation: {expect}"), 417


@app.post("/uploads")
def upload():
    return jsonify(bytes=len(request.get_data())), 201


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
