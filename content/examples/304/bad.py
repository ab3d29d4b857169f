import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLE = {"id": 7, "title": "Caching with ETags", "revision": 3}
ETAG = "rev-3"


@app.get("/articles/7")
def get_article():
    if request.if_none_match.contains_weak(ETAG):
        return "", 304  # Wrong: the 304 drops the ETag and Cache-Control of the 200.
    return jsonify(ARTICLE), 200, {"ETag": f'"{ETAG}"', "Cache-Control": "no-cache"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
