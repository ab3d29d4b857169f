import json
import os
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask

app = Flask(__name__)
PRICING_API = "http://127.0.0.1:3"  # nothing listens here: the connection is refused


@app.get("/prices/<sku>")
def price(sku):
    try:
        with urlopen(f"{PRICING_API}/prices/{sku}", timeout=2) as upstream:
            return json.load(upstream), upstream.status
    except HTTPError as err:  # the upstream did answer, with an error status: pass it on
        return {"error": err.reason}, err.code
    except (OSError, ValueError) as err:  # no answer (URLError, TimeoutError: OSErrors), or not JSON
        # Right: log the network error, and tell clients with the registered code for a failed upstream.
        timed_out = isinstance(getattr(err, "reason", err), TimeoutError)
        app.logger.error("pricing API: %s", err)
        return {"error": "The pricing service could not be reached"}, 504 if timed_out else 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
