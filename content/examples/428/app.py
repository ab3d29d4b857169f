import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLES = {7: {"id": 7, "title": "HTTP basics", "version": 3}}


def etag_of(article):
    return f'v{article["version"]}'  # the entity tag without its quotation marks


@app.get("/articles/<int:article_id>")
def get_article(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        return jsonify(error="No such article"), 404
    return jsonify(article), 200, {"ETag": f'"{etag_of(article)}"'}


@app.put("/articles/<int:article_id>")
def put_article(article_id):
    article = ARTICLES.get(article_id)
    if article is None:
        return jsonify(error="No such article"), 404
    if "If-Match" not in request.headers:
        # Unconditional writes could overwrite someone else's edit unseen, so refuse them.
        return jsonify(error="Send If-Match with the ETag from your last GET"), 428
    if not request.headers["If-Match"].strip().startswith(("*", '"', 'W/"')):
        # Werkzeug would read an unquoted v3 as a tag; an entity tag is quoted (RFC 9110 §8.8.3).
        return jsonify(error='If-Match takes "*" or quoted ETags such as "v3"'), 400
    # request.if_match holds "*" or the listed ETags; contains() is true for "*" (the article exists) or if
    # one of them is the current ETag, compared strongly: a weak W/"v3" never matches (RFC 9110 §13.1.1).
    if not request.if_match.contains(etag_of(article)):
        return jsonify(error="The article changed since you read it"), 412
    article.update(title=request.get_json()["title"], version=article["version"] + 1)
    # No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
    return jsonify(article)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
