import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from flask import Flask


class Fallback(BaseHTTPRequestHandler):  # a second copy of the service, standing in for a fallback origin
    def do_GET(self):
        body = json.dumps([{"sku": "A-1", "name": "Desk lamp"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


fallback = ThreadingHTTPServer(("127.0.0.1", 0), Fallback)
threading.Thread(target=fallback.serve_forever, daemon=True).start()
# Port 3 refuses connections here: a stand-in for a primary origin with no route to it.
ORIGINS = ["http://127.0.0.1:3", f"http://127.0.0.1:{fallback.server_port}"]
app = Flask(__name__)


@app.get("/catalog")
def catalog():
    for origin in ORIGINS:
        try:
            with urlopen(f"{origin}/catalog", timeout=5) as upstream:
                return json.load(upstream), upstream.status
        except HTTPError as err:  # the origin answered: relay its error
            return {"error": err.reason}, err.code
        except URLError as err:  # no connection at all
            app.logger.error("%s unreachable (%s), trying the next origin", origin, err)
    return {"error": "No origin could be reached"}, 502


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
