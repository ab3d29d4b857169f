import base64
import os

from flask import Flask, request

# A tiny forward proxy. Use it as one: curl -x http://localhost:5000 -U alice:s3cret http://example.com/
app = Flask(__name__)
EXPECTED = "Basic " + base64.b64encode(b"alice:s3cret").decode()
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


@app.route("/", defaults={"path": ""}, methods=METHODS)
@app.route("/<path:path>", methods=METHODS)
def proxy(path):
    if request.headers.get("Proxy-Authorization") != EXPECTED:
        # A proxy challenges with Proxy-Authenticate; WWW-Authenticate belongs to the origin server.
        headers = {"Proxy-Authenticate": 'Basic realm="office proxy"', "Content-Type": "text/plain"}
        return "Proxy authentication required\n", 407, headers
    # A real proxy would now forward the request to request.url and relay the answer.
    return f"Authenticated; would forward {request.method} {request.url}\n", 200, {"Content-Type": "text/plain"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
