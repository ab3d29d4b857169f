import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask


class Partner(BaseHTTPRequestHandler):  # a partner API behind Cloudflare, its origin hostname gone
    def do_GET(self):
        self.send_response(530)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"error code: 1016")


partner = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
threading.Thread(target=partner.serve_forever, daemon=True).start()
app = Flask(__name__)


@app.get("/weather/<city>")
def weather(city):
    try:
        with urlopen(f"http://127.0.0.1:{partner.server_port}/v1/{city}") as upstream:
            return json.load(upstream)
    except HTTPError as err:
        if err.code < 500:
            return {"error": err.reason}, err.code
        # With 530 the real cause is the 1xxx code in the body (1016: origin DNS error); log it.
        app.logger.error("weather API answered %s (%s)", err.code, err.read().decode())
        return {"error": "The weather service is unavailable"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
