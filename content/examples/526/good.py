import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask


class Partner(BaseHTTPRequestHandler):  # a partner API behind Cloudflare, its origin certificate expired
    def do_GET(self):
        self.send_response(526)
        self.end_headers()
        self.wfile.write(b"error code: 526")


partner = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
threading.Thread(target=partner.serve_forever, daemon=True).start()
app = Flask(__name__)


@app.get("/invoices/<invoice_id>/pdf")
def invoice_pdf(invoice_id):
    try:
        with urlopen(f"http://127.0.0.1:{partner.server_port}/render/{invoice_id}") as upstream:
            return upstream.read(), upstream.status, {"Content-Type": "application/pdf"}
    except HTTPError as err:
        if err.code < 500:
            return {"error": err.reason}, err.code
        # Right: the upstream is broken and nobody knows when it will be fixed: 502, no promise to retry.
        app.logger.error("PDF service answered %s", err.code)
        return {"error": "The PDF service is failing"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
