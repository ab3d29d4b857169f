import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLE = {"id": 7, "title": "Caching with ETags", "revision": 3}
ETAG = "rev-3"


@app.get("/articles/7")
def get_article():
    headers = {"ETag": f'"{ETAG}"', "Cache-Control": "no-cache"}
    if request.if_none_match.contains_weak(ETAG):
        # Right: the 304 repeats the validator and caching headers a 200 would send.
        return "", 304, headers
    return jsonify(ARTICLE), 200, headers


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
