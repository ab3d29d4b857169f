import os

from flask import Flask, abort, redirect

app = Flask(__name__)
PAGES = {"spring-sale": "<h1>Spring sale</h1>"}
REMOVED = {"winter-sale-2024"}


@app.get("/offers/<slug>")
def offer(slug):
    if slug in REMOVED:
        return redirect("/")  # Wrong: sends people and crawlers to an unrelated page
    if slug not in PAGES:
        abort(404)
    return PAGES[slug]


@app.get("/")
def home():
    return "<h1>Shop</h1>"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
