import os

from flask import Flask, request

app = Flask(__name__)
# RFC 2774 names extensions by URI; this resource may only be used with this one.
REQUIRED = "http://www.example.com/ext/signed-requests"


@app.get("/ledger")
def ledger():
    # Clients declare mandatory extensions in the Man header.
    if f'"{REQUIRED}"' not in request.headers.get("Man", ""):
        # The 510 should tell the client everything it needs to send an extended request.
        return {
            "error": "This resource requires an extension",
            "extension": REQUIRED,
            "declareWith": f'Man: "{REQUIRED}"; ns=16',
        }, 510
    return {"entries": []}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
