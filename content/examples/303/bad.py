import os

from flask import Flask, redirect

app = Flask(__name__)
ORDERS = {1001: {"id": 1001, "item": "book"}}


@app.get("/orders")
def list_orders():
    return {"orders": list(ORDERS.values())}


# Called from the page's script: fetch("/orders/1001", { method: "DELETE" })
@app.delete("/orders/<int:order_id>")
def cancel_order(order_id):
    ORDERS.pop(order_id, None)
    # Wrong: the default 302 lets fetch repeat the DELETE on /orders.
    return redirect("/orders")


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
