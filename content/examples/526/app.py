import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask


class Partner(BaseHTTPRequestHandler):  # a partner API behind Cloudflare, its origin certificate expired
    def do_GET(self):
        self.send_response(526)
        self.send_header("CF-RAY", "8f3a3c9a1d2e4b67-MAD")
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"error code: 526")


partner = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
threading.Thread(target=partner.serve_forever, daemon=True).start()
app = Flask(__name__)


@app.get("/invoices/<invoice_id>/pdf")
def invoice_pdf(invoice_id):
    try:
        with urlopen(f"http://127.0.0.1:{partner.server_port}/render/{invoice_id}") as upstream:
            return upstream.read(), upstream.status, {"Content-Type": upstream.headers["Content-Type"]}
    except HTTPError as err:
        if err.code < 500:
            return {"error": err.reason}, err.code
        # The Ray ID lets the partner find the failure in Cloudflare's logs; give it to them.
        app.logger.error("PDF service answered %s, ray %s", err.code, err.headers["CF-RAY"])
        return {"error": "The PDF service is failing"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
