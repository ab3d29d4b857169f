import os

from flask import Flask, jsonify

app = Flask(__name__)
CHOICES = [
    {"href": "/reports/2024.html", "type": "text/html"},
    {"href": "/reports/2024.pdf", "type": "application/pdf"},
    {"href": "/reports/2024.csv", "type": "text/csv"},
]


@app.get("/reports/2024")
def report():
    links = ", ".join(f'<{c["href"]}>; rel="alternate"; type="{c["type"]}"' for c in CHOICES)
    headers = {"Location": CHOICES[0]["href"], "Link": links}  # Location: the preferred choice
    return jsonify(choices=CHOICES), 300, headers


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
