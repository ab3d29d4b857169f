import os
import time

from flask import Flask

app = Flask(__name__)


def export_orders():
    time.sleep(1)  # stands in for an export that takes minutes in production
    return {"rows": 48000, "url": "/files/orders.csv"}


@app.post("/exports")
def create_export():
    # Wrong: the request stays open for the whole export; behind Cloudflare,
    # anything longer than the proxy read timeout ends in 524.
    return export_orders()


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
