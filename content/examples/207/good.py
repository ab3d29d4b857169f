import os

from flask import Flask

app = Flask(__name__)
# The members of the WebDAV collection /files/project/, and whether each is locked.
FILES = {"/files/project/notes.txt": False, "/files/project/plan.txt": True}
MULTISTATUS = """<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:">
{}</d:multistatus>
"""
LOCKED = """  <d:response>
    <d:href>{}</d:href>
    <d:status>HTTP/1.1 423 Locked</d:status>
  </d:response>
"""


@app.delete("/files/project/")
def delete_project():
    failed = [href for href, locked in FILES.items() if locked]
    for href in [href for href, locked in FILES.items() if not locked]:
        del FILES[href]
    if not failed:
        return "", 204
    xml = MULTISTATUS.format("".join(LOCKED.format(href) for href in failed))
    # Right: label the multistatus body as XML, as RFC 4918 asks.
    return xml, 207, {"Content-Type": "application/xml; charset=utf-8"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
