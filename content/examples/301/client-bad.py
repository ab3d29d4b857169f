# Wrong: keeps using the old URL and lets requests follow the 301, which drops the PUT's body.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
url = BASE_URL + "/articles/http-caching"

article = requests.get(url, timeout=10).json()
response = requests.put(url, json={**article, "title": "HTTP caching, revised"}, timeout=10)
print(f"PUT /articles/http-caching: {response.status_code} {response.text}")
