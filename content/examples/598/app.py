import json
import os
import socket
from urllib.request import urlopen

from flask import Flask

# An upstream that accepts connections and never answers, like a hung backend.
hung = socket.create_server(("127.0.0.1", 0))
app = Flask(__name__)


@app.get("/search")
def search():
    try:
        # Your read timeout; real ones are seconds, not fractions of one.
        with urlopen(f"http://127.0.0.1:{hung.getsockname()[1]}/search", timeout=0.3) as upstream:
            return json.load(upstream), upstream.status
    except TimeoutError:
        # Connected, but no response in time: the registered code for that is 504.
        return {"error": "The search service did not answer in time"}, 504


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
