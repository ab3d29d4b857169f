import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
POSTS = [
    {"id": 1, "title": "Hello, world"},
    {"id": 2, "title": "Caching basics"},
    {"id": 3, "title": "ETags explained"},
    {"id": 4, "title": "Range requests"},
    {"id": 5, "title": "Delta encoding"},
]


@app.get("/feed")
def feed():
    latest = POSTS[-1]["id"]
    tags = list(request.if_none_match)  # the newest post the client has, e.g. ["3"]
    seen = int(tags[0]) if tags and tags[0].isdigit() else 0
    headers = {"ETag": f'"{latest}"'}
    # The client accepts the "feed" manipulation: send only the posts it has not seen.
    if re.search(r"\bfeed\b", request.headers.get("A-IM", "")) and 0 < seen < latest:
        headers.update({"IM": "feed", "Cache-Control": "no-store, im"})
        return jsonify([post for post in POSTS if post["id"] > seen]), 226, headers
    return jsonify(POSTS), 200, headers  # no A-IM: the full feed


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
