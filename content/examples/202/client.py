# Starts an export and polls the status URL the 202 gave until the job is done (a 303 to the result, or "done") or failed.
import os
import sys
import time
from urllib.parse import urljoin, urlparse

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
MAX_POLLS = 20

response = requests.post(f"{BASE_URL}/exports", timeout=10)
print(f"POST /exports: {response.status_code} {response.text}")
status_url = urljoin(BASE_URL, response.headers["Location"])
for polls in range(1, MAX_POLLS + 1):
    retry_after = response.headers.get("Retry-After", "")
    seconds = int(retry_after) if retry_after.isdigit() else 1  # a date, or none: 1 second
    time.sleep(max(seconds, 0.1))
    response = requests.get(status_url, timeout=10)  # requests follows a 303 to the result by itself
    if response.history:
        print(f"GET {urlparse(response.url).path}: {response.status_code} {response.text}")
        sys.exit(0)
    job = response.json()
    print(f"GET {urlparse(status_url).path}: {response.status_code}, {job['status']}")
    if job["status"] == "done":
        sys.exit(0)
    if job["status"] == "failed":
        sys.exit(1)
print(f"Gave up after {MAX_POLLS} polls")
sys.exit(1)
