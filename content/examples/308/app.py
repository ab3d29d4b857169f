import os

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


# Version 1 of the API is retired; every /v1 URL now lives under /v2 for good.
@app.route("/v1/<path:rest>", methods=METHODS)
def v1(rest):
    query = request.query_string.decode()
    # 308 keeps the method and body; the query string is carried over by hand.
    return redirect(f"/v2/{rest}" + (f"?{query}" if query else ""), code=308)


@app.post("/v2/orders")
def create_order():
    return jsonify(id=1, **request.get_json()), 201


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
