import os

from flask import Flask, request

app = Flask(__name__)
FILES = {"/report.json": '{"orders":1234}', "/report.csv": "orders\n1234\n"}
# Negotiated resources: media type -> variant. The text/csv entry is misconfigured:
# it points at another negotiated resource instead of a file.
NEGOTIATED = {
    "/report": {"application/json": "/report.json", "text/csv": "/report-spreadsheet"},
    "/report-spreadsheet": {"text/csv": "/report.csv"},
}


@app.get("/report")
def report():
    variants = NEGOTIATED["/report"]
    media_type = request.accept_mimetypes.best_match(variants)
    if media_type is None:
        return {"available": list(variants)}, 406
    chosen = variants[media_type]
    if chosen in NEGOTIATED:
        # The chosen variant would negotiate again: a server configuration error.
        return {"error": f"Variant {chosen} is itself negotiated"}, 506
    return FILES[chosen], 200, {"Content-Type": media_type, "Vary": "Accept"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
