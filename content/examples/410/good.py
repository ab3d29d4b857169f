import os

from flask import Flask, abort

app = Flask(__name__)
PAGES = {"spring-sale": "<h1>Spring sale</h1>"}
REMOVED = {"winter-sale-2024"}


@app.get("/offers/<slug>")
def offer(slug):
    if slug in REMOVED:
        # Right: say the offer is gone for good, and help the visitor on from here.
        return '<h1>This offer has ended</h1><a href="/">See current offers</a>', 410
    if slug not in PAGES:
        abort(404)
    return PAGES[slug]


@app.get("/")
def home():
    return "<h1>Shop</h1>"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
