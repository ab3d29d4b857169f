import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
ARTICLES = {7: {"id": 7, "title": "Caching with ETags"}}


# Only GET is listed, so Flask answers any other method with 405 and an Allow header
# (GET, HEAD and OPTIONS, which it adds on its own).
@app.get("/articles/<int:article_id>")
def get_article(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        abort(404)
    return jsonify(article)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
