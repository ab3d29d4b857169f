import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from flask import Flask


class Origin(BaseHTTPRequestHandler):  # speaks plain HTTP only, like a server with no certificate set up
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'[{"id": 1, "total": 42}]')


origin = ThreadingHTTPServer(("127.0.0.1", 0), Origin)
threading.Thread(target=origin.serve_forever, daemon=True).start()
app = Flask(__name__)


@app.get("/orders")
def orders():
    try:
        with urlopen(f"https://127.0.0.1:{origin.server_port}/orders", timeout=5) as upstream:
            return json.load(upstream), upstream.status
    except HTTPError as err:
        # The handshake worked and the order service answered with an error status: pass it on.
        return {"error": f"The order service answered {err.code}"}, err.code
    except URLError as err:
        # The TLS handshake failed, the failure Cloudflare reports as 525: your clients get 502.
        app.logger.error("TLS to the order service failed: %s", err.reason)
        return {"error": "The order service could not be reached securely"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
