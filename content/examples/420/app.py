import json
import os
from urllib.error import HTTPError
from urllib.parse import quote
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)


def upstream_url():
    # Played by this same program, on the port it listens on.
    return f"http://127.0.0.1:{request.server[1]}/legacy/search"


@app.get("/legacy/search")
def legacy_search():
    # Plays an old upstream API that still says "slow down" with 420.
    return {"error": "Enhance Your Calm"}, "420 Enhance Your Calm", {"Retry-After": "60"}


@app.get("/search")
def search():
    try:
        with urlopen(f"{upstream_url()}?q={quote(request.args.get('q', ''))}") as upstream:
            return json.load(upstream)
    except HTTPError as err:
        if err.code in (420, 429):
            # Pass the limit on in the registered form, with the upstream's wait.
            wait = err.headers.get("Retry-After", "60")
            body = {"error": "The search provider is rate limiting us; try again later"}
            return body, 429, {"Retry-After": wait}
        return {"error": err.reason}, err.code


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
