import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ORDERS = {}


@app.post("/orders")
def create_order():
    order = {"id": len(ORDERS) + 1, "item": request.json["item"]}
    ORDERS[order["id"]] = order
    # Right: 201 plus the URL of the new order.
    return jsonify(order), 201, {"Location": f"/orders/{order['id']}"}


@app.get("/orders/<int:order_id>")
def get_order(order_id):
    if order_id not in ORDERS:
        abort(404)
    return jsonify(ORDERS[order_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
