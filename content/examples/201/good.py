import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ORDERS = {}


@app.post("/orders")
def create_order():
    order = {"id": len(ORDERS) + 1, "item": request.json["item"]}
    ORDERS[order["id"]] = order
    # Right: 201 plus the URL of the new order.
    return jsonify(order), 201, {"Location": f"/orders/{order['id']}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
