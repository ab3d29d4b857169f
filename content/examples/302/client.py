# Saves and reads a profile, following a 302 by hand with the same method and body each time.
import os
from urllib.parse import urljoin, urlsplit

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")


def send(method, path, body=None):
    url = BASE_URL + path  # the original URL, every time: a 302 is only for now
    for _ in range(5):
        # By hand, not left to requests: after a 302, it turns a PUT into a GET without the body.
        response = requests.request(method, url, json=body, allow_redirects=False, timeout=10)
        request = f"{method} {urlsplit(url).path}"
        if response.status_code in (302, 307):
            url = urljoin(url, response.headers["Location"])
            print(f"{request}: {response.status_code}, following it to {urlsplit(url).path} this time")
            continue
        response.raise_for_status()
        print(f"{request}: {response.status_code} {response.text}")
        return
    raise RuntimeError("Too many redirects")


send("PUT", "/profile", {"name": "Ada Lovelace"})
send("GET", "/profile")
