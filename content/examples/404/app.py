import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ARTICLES = {"hello-http": {"slug": "hello-http", "title": "Hello, HTTP"}}


@app.get("/articles/<slug>")
def get_article(slug):
    if slug not in ARTICLES:
        abort(404)
    return jsonify(ARTICLES[slug])


# Every 404, from abort() or an unknown URL, answers JSON instead of Flask's HTML page,
# with a short lifetime, so caches do not hide an article once it is published.
@app.errorhandler(404)
def not_found(error):
    return jsonify(error=f"Nothing at {request.path}"), 404, {"Cache-Control": "max-age=60"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
