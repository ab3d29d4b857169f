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
    except HTTPError:
        # Wrong: an expired certificate won't renew itself in 30 seconds, yet clients are told to retry.
        return {"error": "PDF service temporarily unavailable"}, 503, {"Retry-After": "30"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
