import os

from flask import Flask, abort, jsonify

app = Flask(__name__)
ARTICLES = {7: {"id": 7, "title": "Caching with ETags"}}


@app.get("/articles/<int:article_id>")
def get_article(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        abort(404)
    return jsonify(article)


# Flask would answer these methods with 405 before looking at the id; this view
# checks first, so a missing article stays a 404 whatever the method. The Allow
# header lists what the GET route handles (Flask adds HEAD and OPTIONS to it).
@app.route("/articles/<int:article_id>", methods=["POST", "PUT", "PATCH", "DELETE"])
def other_methods(article_id):
    if article_id not in ARTICLES:
        abort(404)
    abort(405, valid_methods=["GET", "HEAD", "OPTIONS"])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
