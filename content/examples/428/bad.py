import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLES = {7: {"id": 7, "title": "HTTP basics", "version": 3}}


@app.put("/articles/<int:article_id>")
def put_article(article_id):
    article = ARTICLES[article_id]
    # Wrong: a missing If-Match is treated like a stale one; the client is told its copy is old.
    if request.headers.get("If-Match") != f'"v{article["version"]}"':
        return jsonify(error="Precondition failed"), 412
    article.update(title=request.get_json()["title"], version=article["version"] + 1)
    return jsonify(article)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
