import os

from flask import Flask, request

app = Flask(__name__)
DOCUMENTS = {"/docs/report.txt": "Q3 figures (draft)"}
LOCKS = {"/docs/report.txt": "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6"}


@app.put("/docs/<name>")
def put_document(name):
    token = LOCKS.get(request.path)
    # Right: the lock keeps out everyone except a request that submits its token in If.
    if token and f"<{token}>" not in request.headers.get("If", ""):
        xml = f"""<?xml version="1.0" encoding="utf-8"?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted><D:href>{request.path}</D:href></D:lock-token-submitted>
</D:error>"""
        return xml, 423, {"Content-Type": "application/xml"}
    DOCUMENTS[request.path] = request.get_data(as_text=True)
    return "", 204


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
