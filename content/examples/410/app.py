import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
ARTICLES = {1: {"id": 1, "title": "Caching with ETags"}}
REMOVED = {7}  # deleted on purpose; these URLs will not come back


@app.get("/articles/<int:article_id>")
def get_article(article_id):
    if article_id in REMOVED:
        return jsonify(error="This article has been removed"), 410
    article = ARTICLES.get(article_id)
    if article is None:
        abort(404)
    return jsonify(article)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
