import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ARTICLES = {1: {"id": 1, "title": "Draft", "version": 2}}


@app.put("/articles/<int:article_id>")
def update_article(article_id):
    article = ARTICLES.get(article_id) or abort(404)
    etag = str(article["version"])
    if not request.headers.get("If-Match"):
        return jsonify(error="Send If-Match with the ETag you last saw"), 428
    if not request.if_match.contains(etag):  # also true for If-Match: *
        # Someone else changed the article since this client read it.
        return jsonify(error="The article has changed; fetch it again", currentETag=f'"{etag}"'), 412
    article.update(title=request.get_json()["title"], version=article["version"] + 1)
    # No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
    return jsonify(article)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
