import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLES = {7: {"id": 7, "title": "HTTP basics", "version": 3}}


@app.put("/articles/<int:article_id>")
def put_article(article_id):
    article = ARTICLES[article_id]
    # Right: no precondition at all is 428; a precondition that fails is 412.
    if "If-Match" not in request.headers:
        return jsonify(error="Send If-Match with the ETag from your last GET"), 428
    if not request.headers["If-Match"].strip().startswith(("*", '"', 'W/"')):
        # Werkzeug would read an unquoted v3 as a tag; an entity tag is quoted (RFC 9110 §8.8.3).
        return jsonify(error='If-Match takes "*" or quoted ETags such as "v3"'), 400
    # request.if_match holds "*" or the listed ETags; contains() compares strongly, so W/"v3" never matches.
    if not request.if_match.contains(f'v{article["version"]}'):
        return jsonify(error="The article changed since you read it"), 412
    article.update(title=request.get_json()["title"], version=article["version"] + 1)
    return jsonify(article)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
