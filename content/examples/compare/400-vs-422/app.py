import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


def is_date(value):
    return isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)


@app.post("/events")
def create_event():
    # 1. Syntax: does the body parse as a JSON object?
    data = request.get_json(silent=True)  # None instead of an exception for broken JSON
    if not isinstance(data, dict):
        return jsonify(error="The body must be a JSON object"), 400
    # 2. Content: the JSON is well formed; do its values make sense?
    title, start, end = data.get("title"), data.get("start"), data.get("end")
    errors = {}
    if not isinstance(title, str) or not title.strip():
        errors["title"] = "must not be empty"
    if not is_date(start):
        errors["start"] = "must be a date such as 2026-05-01"
    if not is_date(end):
        errors["end"] = "must be a date such as 2026-05-01"
    elif is_date(start) and end < start:  # ISO dates sort as text
        errors["end"] = "must not be before start"
    if errors:
        return jsonify(errors=errors), 422
    event = {"id": 1, "title": title, "start": start, "end": end}
    return jsonify(event), 201, {"Location": "/events/1"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
