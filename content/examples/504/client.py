# Retries idempotent requests after 504 or 502, waiting longer each time, with jitter.
import os
import random
import time

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
MAX_ATTEMPTS = 4
BASE_DELAY_MS = 200
IDEMPOTENT = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}


def send(method, path, body=None):
    for attempt in range(1, MAX_ATTEMPTS + 1):
        response = requests.request(method, BASE_URL + path, json=body, timeout=10)
        if response.status_code not in (504, 502) or attempt == MAX_ATTEMPTS:
            return response
        if method not in IDEMPOTENT:
            print(f"{method} {path}: {response.status_code}; not sent again, the upstream may still carry it out")
            return response
        delay = BASE_DELAY_MS * 2 ** (attempt - 1)
        print(f"{method} {path}: {response.status_code}; waiting {delay // 2} to {delay} ms")
        # "Equal jitter": half the delay is fixed, half random, so clients do not all retry in step.
        time.sleep((delay / 2 + random.uniform(0, delay / 2)) / 1000)


CALLS = [("GET", "/reports/daily", None), ("POST", "/exports", {"month": "2026-02"})]
for method, path, body in CALLS:
    response = send(method, path, body)
    print(f"{method} {path}: {response.status_code} {response.text}")
