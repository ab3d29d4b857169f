import os
import time

from flask import Flask

app = Flask(__name__)
STARTED_AT = time.monotonic()


# Probe this at the origin's own address, not through Cloudflare, so a stopped server
# pages you before visitors see 521. app.run() below listens on 127.0.0.1 only, fine for
# trying it out; in production run the app under a server bound to the origin's address.
@app.get("/healthz")
def healthz():
    body = {"status": "ok", "uptimeSeconds": round(time.monotonic() - STARTED_AT)}
    return body, 200, {"Cache-Control": "no-store"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
