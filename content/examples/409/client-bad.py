# Wrong: on 409 it sends the same edit again, which can only conflict again.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
url = f"{BASE_URL}/documents/1"

edit = {**requests.get(url, timeout=10).json(), "title": "Final"}
for _ in range(3):
    response = requests.put(url, json=edit, timeout=10)
    print(f"PUT /documents/1 (version {edit['version']}): {response.status_code} {response.text}")
    if response.status_code != 409:
        break
