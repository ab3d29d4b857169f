# Saves an edit with If-Match; on 412 fetches the article again, reapplies the edit and retries.
import json
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
MAX_WRITES = 3
url = f"{BASE_URL}/articles/1"

for write in range(1, MAX_WRITES + 1):
    read = requests.get(url, timeout=10)
    etag = read.headers["ETag"]
    article = read.json()
    print(f"GET /articles/1: ETag {etag}, {json.dumps(article, separators=(',', ':'))}")
    # our edit, on top of the latest version
    response = requests.put(url, json={**article, "title": "Final"}, headers={"If-Match": etag}, timeout=10)
    print(f"PUT /articles/1 with If-Match {etag}: {response.status_code} {response.text}")
    if response.status_code != 412:
        break
    print("Changed in the meantime; fetching it again" if write < MAX_WRITES else "Still changing; giving up")
