import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/search")
def search():
    if "python-requests" in request.headers.get("User-Agent", ""):
        # Right: a registered code that says what happened, and a body that says what to do.
        return jsonify(error="Automated clients must use the API at /api/search"), 403
    return jsonify(query=request.args.get("q"), results=[])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
