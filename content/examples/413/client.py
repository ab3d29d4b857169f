# Uploads events in batches; after a 413 it sends smaller batches, never the refused body again.
import json
import math
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
events = [{"id": i, "type": "page_view", "path": "/pricing"} for i in range(1, 11)]

batch_size = len(events)  # halved after each 413
sent = 0
while sent < len(events):
    batch = events[sent:sent + batch_size]
    body = json.dumps(batch, separators=(",", ":"))  # compact, like JSON.stringify
    response = requests.post(f"{BASE_URL}/events", data=body, headers={"Content-Type": "application/json"}, timeout=10)
    label = f"POST /events ({len(batch)} events, {len(body)} bytes): {response.status_code} {response.text}"
    if response.status_code == 413 and len(batch) > 1:
        print(f"{label}; splitting the batch")
        batch_size = math.ceil(len(batch) / 2)
    elif response.ok:
        print(label)
        sent += len(batch)
    else:
        print(f"{label}; giving up")
        break
