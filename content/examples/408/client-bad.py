# Wrong: sends the request again after every 408, however often it comes back.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")

for path in ["/uploads", "/backups"]:
    response = requests.post(BASE_URL + path, data=b"x" * 1000, timeout=10)
    for _ in range(4):
        if response.status_code != 408:
            break
        response = requests.post(BASE_URL + path, data=b"x" * 1000, timeout=10)
    print(f"POST {path}: {response.status_code} {response.text}")
