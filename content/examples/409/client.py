# Saves an edit with the version it is based on; on 409 fetches the document again, reapplies the edit and retries.
import json
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
MAX_WRITES = 3
url = f"{BASE_URL}/documents/1"

for write in range(1, MAX_WRITES + 1):
    doc = requests.get(url, timeout=10).json()
    print(f"GET /documents/1: {json.dumps(doc, separators=(',', ':'))}")
    # our edit, on top of the latest version
    response = requests.put(url, json={**doc, "title": "Final"}, timeout=10)
    print(f"PUT /documents/1 (version {doc['version']}): {response.status_code} {response.text}")
    if response.status_code != 409:
        break
    print("Changed in the meantime; fetching it again" if write < MAX_WRITES else "Still changing; giving up")
