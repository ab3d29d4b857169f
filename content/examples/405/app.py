import os

from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import NotFound

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


# Flask decides on 405 before any view runs; look the article up first, so a missing
# one stays a 404 whatever the method.
@app.errorhandler(405)
def method_not_allowed(error):
    _, args = app.url_map.bind_to_environ(request.environ).match(method="GET")
    return error if args.get("article_id") in ARTICLES else NotFound()


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
