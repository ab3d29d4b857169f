import json
import os
import time
from urllib.error import HTTPError
from urllib.parse import urljoin
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)
# The gateway's routing table: each service's instances that passed their last health check.
HEALTHY = {
    "accounts": ["http://127.0.0.1:3"],  # crashed since its last check: nothing listens on port 3
    "billing": [],  # every instance failed its health checks
    "reports": ["/upstream/reports"],  # the slow route below, on this same server
}


@app.get("/upstream/reports/<path:path>")
def slow_reports(path):
    time.sleep(2)  # stands in for a slow reports service
    return {"date": "2026-03-01", "orders": 1234}


@app.get("/api/<service>/<path:path>")
def gateway(service, path):
    if service not in HEALTHY:
        return {"error": f"No service named {service}"}, 404
    if not HEALTHY[service]:
        # Nothing to forward to: the gateway answers at once, without trying the upstream.
        retry = {"Retry-After": "10"}  # the next round of health checks
        return {"error": f"No healthy {service} instance"}, 503, retry
    here = f"http://127.0.0.1:{request.environ['SERVER_PORT']}"
    url = urljoin(here, f"{HEALTHY[service][0]}/{path}")
    try:
        with urlopen(url, timeout=1) as upstream:  # wait at most 1 s
            return json.load(upstream), upstream.status
    except HTTPError as err:  # the upstream answered with a 4xx or 5xx: relay its status
        return {"error": err.reason}, err.code
    except TimeoutError:
        return {"error": f"The {service} service did not answer within 1 s"}, 504
    except (OSError, ValueError):  # refused, reset, or a body that is not JSON
        return {"error": f"The {service} service did not answer properly"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
