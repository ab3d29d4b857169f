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
app = Flask(__name__)


@app.get("/shipping/<shipment_id>")
def shipping(shipment_id):
    try:
        with urlopen(f"http://127.0.0.1:{partner.server_port}/v2/shipments/{shipment_id}") as upstream:
            return upstream.read(), upstream.status, {"Content-Type": upstream.headers["Content-Type"]}
    except HTTPError as err:
        if err.code < 500:
            return err.read(), err.code, {"Content-Type": err.headers["Content-Type"]}
        # Right: Cloudflare's timeouts (522, 524) become 504 for your clients, its other origin
        # errors 502, each with a hint when to retry.
        timed_out = err.code in (522, 524)
        error = "The carrier did not respond in time" if timed_out else "The carrier could not be reached"
        return {"error": error}, 504 if timed_out else 502, {"Retry-After": "30"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
