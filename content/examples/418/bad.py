import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/search")
def search():
    if "python-requests" in request.headers.get("User-Agent", ""):
        # Wrong: a joke code for a real refusal; clients and logs cannot tell what it means.
        return "I'm a teapot", 418
    return jsonify(query=request.args.get("q"), results=[])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
