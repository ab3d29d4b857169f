import os
from itertools import count

from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)
ORDERS = {}
NEXT_ID = count(17)


# The account page needs a session. Signed-out visitors sign in first, and
# /account stays the page's URL: a temporary redirect, 302.
@app.get("/account")
def account():
    if "session" not in request.cookies:
        return redirect(url_for("login"), code=302)
    return "Your account"


# The order form posts here. The result is another resource, the new order,
# which the browser loads with GET, so a reload cannot order twice: 303.
@app.post("/orders")
def create_order():
    order_id = next(NEXT_ID)
    ORDERS[order_id] = {"id": order_id, "item": request.form.get("item")}
    return redirect(url_for("show_order", order_id=order_id), code=303)


# Where the redirects lead.
@app.get("/login")
def login():
    return "Sign in"


@app.get("/orders/<int:order_id>")
def show_order(order_id):
    order = ORDERS.get(order_id) or abort(404)
    return f"Order {order['id']}: {order['item']}"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
