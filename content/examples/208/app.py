import math
import os
import re

from flask import Flask, request

app = Flask(__name__)
ID = "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf{}"
PROJECTS = {"id": ID.format(8), "members": {"plan.txt": {"id": ID.format(9)}}}
# /files/projects/ and /files/shared/ are two bindings of the same collection.
FILES = {"id": ID.format(7), "members": {"projects/": PROJECTS, "shared/": PROJECTS}}
MULTISTATUS = """<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:">
{}</d:multistatus>
"""
ENTRY = """  <d:response>
    <d:href>{}</d:href>
    <d:propstat>
      <d:prop><d:resource-id><d:href>{}</d:href></d:resource-id></d:prop>
      <d:status>HTTP/1.1 {}</d:status>
    </d:propstat>
  </d:response>
"""


def listing(href, resource, seen, bind_aware, levels):
    """levels: how far below this resource to list (Depth: 0, 1 or infinity)."""
    if bind_aware and levels == math.inf and "members" in resource and resource["id"] in seen:
        return ENTRY.format(href, resource["id"], "208 Already Reported")  # members left out
    seen.add(resource["id"])
    members = resource.get("members", {}).items() if levels > 0 else []
    return ENTRY.format(href, resource["id"], "200 OK") + "".join(
        listing(href + name, member, seen, bind_aware, levels - 1) for name, member in members
    )


@app.route("/files/", methods=["PROPFIND"])
def propfind():
    bind_aware = re.search(r"\bbind\b", request.headers.get("DAV", ""), re.I)  # announced RFC 5842
    depth = request.headers.get("Depth", "infinity")
    levels = {"0": 0, "1": 1}.get(depth, math.inf)  # 208 only in Depth: infinity
    xml = MULTISTATUS.format(listing("/files/", FILES, set(), bind_aware, levels))
    return xml, 207, {"Content-Type": "application/xml; charset=utf-8"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
