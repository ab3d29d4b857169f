import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask


class Partner(BaseHTTPRequestHandler):  # a partner API behind Cloudflare that cannot reach its origin
    def do_GET(self):
        self.send_response(522)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"error code: 522")


partner = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
threading.Thread(target=partner.serve_forever, daemon=True).start()
TIMEOUTS = {522, 524}  # Cloudflare's timeouts become 504 for your clients; its other origin errors, 502
app = Flask(__name__)


@app.get("/shipping/<shipment_id>")
def shipping(shipment_id):
    try:
        with urlopen(f"http://127.0.0.1:{partner.server_port}/v2/shipments/{shipment_id}") as upstream:
            return json.load(upstream)
    except HTTPError as err:
        if err.code < 500:
            return {"error": err.reason}, err.code
        app.logger.error("carrier API answered %s", err.code)
        status = 504 if err.code in TIMEOUTS else 502
        return {"error": "The carrier did not respond; try again later"}, status, {"Retry-After": "30"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
