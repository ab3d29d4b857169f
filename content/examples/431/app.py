import os

from flask import Flask, jsonify, request

app = Flask(__name__)
# The development server answers 431 itself for a header line over 64 KiB; this limit is
# per field, and tiny so that the example request trips it.
MAX_FIELD_BYTES = 100


@app.before_request
def limit_header_size():
    for name, value in request.headers:
        if len(value.encode()) > MAX_FIELD_BYTES:
            # Name the field, so the client knows what to shrink.
            return jsonify(error=f"The {name} header is over {MAX_FIELD_BYTES} bytes"), 431


@app.get("/")
def home():
    return jsonify(page="home")


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
