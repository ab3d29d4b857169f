import os

from flask import Flask, jsonify

app = Flask(__name__)
ARTICLES = {"hello-http": {"slug": "hello-http", "title": "Hello, HTTP"}}
REMOVED = {"spring-sale-2025"}  # tombstones: slugs deleted on purpose


def not_here(slug):
    """The article is not here: was it removed on purpose (410), or did it never exist (404)?"""
    if slug in REMOVED:
        return jsonify(error=f'Article "{slug}" was removed and will not come back'), 410
    return jsonify(error=f'No article "{slug}"'), 404


@app.get("/articles/<slug>")
def get_article(slug):
    if slug not in ARTICLES:
        return not_here(slug)
    return jsonify(ARTICLES[slug])


@app.delete("/articles/<slug>")
def delete_article(slug):
    if ARTICLES.pop(slug, None) is None:
        return not_here(slug)
    REMOVED.add(slug)  # keep a tombstone, so this URL answers 410 from now on
    return "", 204


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
