import os

from flask import Flask, jsonify, request

app = Flask(__name__)
PRODUCTS = [{"id": 1, "name": "Kettle"}, {"id": 2, "name": "Teapot"}]
CART = {1: 2}  # product id -> quantity
# The methods some resource here supports; none of WebDAV's (PROPFIND, MKCOL, LOCK…).
IMPLEMENTED = {"GET", "HEAD", "DELETE", "OPTIONS"}


# 1. A method the server implements for no resource at all: 501, whatever the URL.
#    Hooks run before Flask reports routing errors, so this replaces the 405 Flask would send.
@app.before_request
def reject_unimplemented_methods():
    if request.method not in IMPLEMENTED:
        return jsonify(error=f"{request.method} is not implemented by this server"), 501


@app.get("/products")
def list_products():
    return jsonify(PRODUCTS)


@app.delete("/cart")
def empty_cart():
    CART.clear()
    return "", 204


# 2. A method the server implements, but not for this resource: Flask raises 405 by itself,
#    with this URL's methods (GET, HEAD, OPTIONS). Keep them in Allow when answering JSON.
@app.errorhandler(405)
def method_not_allowed(error):
    allow = {"Allow": ", ".join(sorted(error.valid_methods))}
    return jsonify(error=f"{request.method} is not allowed on {request.path}"), 405, allow


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
