import json
import os
from urllib.request import urlopen

from flask import Flask, jsonify, request

app = Flask(__name__)


def origin_url():
    # Played by this same program, on the port it listens on.
    return f"http://127.0.0.1:{request.server[1]}/origin"


# Stands in for the origin, which forbids any change to this content.
@app.get("/origin/articles/<int:article_id>")
def origin_article(article_id):
    return jsonify(id=article_id, title="Terms of service", body="The full text…"), 200, {"Cache-Control": "no-transform"}


@app.get("/articles/<int:article_id>")
def article(article_id):
    with urlopen(f"{origin_url()}/articles/{article_id}") as upstream:
        data = json.load(upstream)
    # Wrong: trims the content although the origin said no-transform.
    return jsonify(id=data["id"], title=data["title"]), 203, {"Via": "1.1 lite-proxy"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
