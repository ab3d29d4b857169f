import json
import os
from urllib.error import URLError
from urllib.request import urlopen

from flask import Flask

app = Flask(__name__)
PRICING_API = "http://127.0.0.1:3"  # nothing listens here: the connection is refused


@app.get("/prices/<sku>")
def price(sku):
    try:
        with urlopen(f"{PRICING_API}/prices/{sku}", timeout=2) as upstream:
            return json.load(upstream), upstream.status
    except URLError as err:
        # Wrong: the HTTP client's private "no response" number leaks out as a status code.
        return {"error": f"network error: {err.reason}"}, 599


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
