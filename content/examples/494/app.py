import os

from flask import Flask, request

app = Flask(__name__)
CARTS = {}  # session ID -> items; the cart stays on the server


@app.post("/cart/items")
def add_item():
    sid = request.cookies.get("sid")
    new_session = sid not in CARTS
    if new_session:
        sid = str(len(CARTS) + 1)  # a real app uses a long random ID
        CARTS[sid] = []
    CARTS[sid].append(request.get_json()["sku"])
    response = app.make_response({"items": CARTS[sid]})
    if new_session:
        # The browser only ever sends this short ID, however full the cart gets.
        response.set_cookie("sid", sid, httponly=True, samesite="Lax")
    return response


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
