import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask


class Partner(BaseHTTPRequestHandler):  # a partner API behind Cloudflare, its origin broken
    def do_GET(self):
        self.send_response(520)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"error code: 520")


partner = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
threading.Thread(target=partner.serve_forever, daemon=True).start()
app = Flask(__name__)


@app.get("/rates")
def rates():
    try:
        with urlopen(f"http://127.0.0.1:{partner.server_port}/v1/rates") as upstream:
            return json.load(upstream)
    except HTTPError as err:
        if err.code < 500:
            return {"error": err.reason}, err.code
        # Report the partner's failure to your own clients as 502; don't pass 520 along.
        app.logger.error("rates API answered %s: %s", err.code, err.read().decode())
        return {"error": "The rates service failed; try again shortly"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
