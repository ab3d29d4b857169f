import hashlib
import json
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLE = {"id": 7, "title": "Caching with ETags"}
# The ETag is a hash of the content, so it changes exactly when the article does.
ETAG = hashlib.sha256(json.dumps(ARTICLE, separators=(",", ":")).encode()).hexdigest()[:16]


@app.get("/articles/7")
def get_article():
    response = jsonify(ARTICLE)
    response.set_etag(ETAG)
    response.headers["Cache-Control"] = "no-cache"
    # Becomes a 304 without a body when If-None-Match matches the ETag.
    return response.make_conditional(request)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
