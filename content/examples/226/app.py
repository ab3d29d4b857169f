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
    headers = {"ETag": f'"{latest}"'}
    if request.if_none_match.contains_weak(str(latest)):
        return "", 304, headers  # the client's copy is current
    # The base: the newest known post among the tags the client sent, e.g. "3"
    known = {str(post["id"]) for post in POSTS}
    seen = max((int(tag) for tag in request.if_none_match if tag in known), default=0)
    # The client accepts the "feed" manipulation: send only the posts it has not seen.
    if re.search(r"\bfeed\b", request.headers.get("A-IM", "")) and seen:
        headers.update({"IM": "feed", "Cache-Control": "no-store, im"})
        if len(request.if_none_match.as_set(include_weak=True)) > 1:
            headers["Delta-Base"] = f'"{seen}"'  # the tag the delta applies to
        return jsonify([post for post in POSTS if post["id"] > seen]), 226, headers
    return jsonify(POSTS), 200, headers  # no A-IM or no known version: the full feed


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
