import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
# Order 17 was at version 1 until it shipped; shipping made it version 2.
ORDERS = {17: {"id": 17, "status": "shipped", "version": 2}}


@app.patch("/orders/<int:order_id>")
def update_order(order_id):
    order = ORDERS.get(order_id) or abort(404)
    etag = f"v{order['version']}"
    # 1. Precondition: is the copy the client edited still the current version?
    if request.if_match and not request.if_match.contains(etag):  # If-Match: * contains any
        error = "The order has changed since you read it"
        return jsonify(error=error, currentETag=f'"{etag}"'), 412
    # 2. State: does the change make sense for the order as it is now?
    status = request.get_json().get("status")
    if status == "cancelled" and order["status"] == "shipped":
        error = "The order has shipped and can no longer be cancelled"
        return jsonify(error=error, status=order["status"]), 409
    order.update(status=status, version=order["version"] + 1)
    return jsonify(order), 200, {"ETag": f'"v{order["version"]}"'}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
