# Sends a GET again after 429 or 503, waiting as long as Retry-After says.
import email.utils
import os
import random
import time

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
MAX_ATTEMPTS = 4
MAX_WAIT_SECONDS = 60


def retry_after_seconds(value, attempt):
    """Seconds to wait, from Retry-After (seconds or an HTTP date); without one, back off with jitter."""
    if value is None:
        return 2 ** (attempt - 1) + random.random()
    if value.isdigit():
        return int(value)
    try:
        return max(0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 2 ** (attempt - 1) + random.random()


def get_with_retry(path):
    for attempt in range(1, MAX_ATTEMPTS + 1):
        response = requests.get(BASE_URL + path, timeout=10)
        if response.status_code not in (429, 503):
            return response
        header = response.headers.get("Retry-After")
        seconds = retry_after_seconds(header, attempt)
        if attempt == MAX_ATTEMPTS or seconds > MAX_WAIT_SECONDS:
            print(f"GET {path}: {response.status_code}, Retry-After: {header}; giving up")
            return response
        print(f"GET {path}: {response.status_code}, Retry-After: {header}; waiting")
        time.sleep(seconds)


for path in ["/report", "/export"]:
    response = get_with_retry(path)
    print(f"GET {path}: {response.status_code} {response.text}")
