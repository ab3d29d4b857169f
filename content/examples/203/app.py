import json
import os
from urllib.request import urlopen

from flask import Flask, jsonify, request

app = Flask(__name__)


def origin_url():
    # Played by this same program, on the port it listens on.
    return f"http://127.0.0.1:{request.server[1]}/origin"


# Stands in for the origin server behind this proxy.
@app.get("/origin/articles/<int:article_id>")
def origin_article(article_id):
    return jsonify(id=article_id, title="Caching in HTTP", body="A long text…", comments=[])


# A transforming proxy: it trims the origin's 200 for slow connections and says so with 203.
@app.get("/articles/<int:article_id>")
def article(article_id):
    with urlopen(f"{origin_url()}/articles/{article_id}") as upstream:
        status, headers, content = upstream.status, upstream.headers, upstream.read()
    if status != 200 or "no-transform" in headers.get("Cache-Control", ""):
        # Only a 200 may become a 203, and only if the origin allows changes: pass the rest on as is.
        passed = {name: headers[name] for name in ("Content-Type", "Cache-Control") if name in headers}
        return content, status, {**passed, "Via": "1.1 lite-proxy"}
    data = json.loads(content)
    return jsonify(id=data["id"], title=data["title"]), 203, {"Via": "1.1 lite-proxy"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
