import os

from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)
ORDERS = {}


@app.post("/orders")
def create_order():
    order_id = 1001 + len(ORDERS)
    ORDERS[order_id] = {"id": order_id, "item": request.form["item"]}
    # Post/Redirect/Get: the browser fetches the result with a GET, so a reload can't reorder.
    return redirect(url_for("show_order", order_id=order_id), code=303)


@app.get("/orders/<int:order_id>")
def show_order(order_id):
    order = ORDERS.get(order_id) or abort(404)
    return f"Order {order['id']}: {order['item']}"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
