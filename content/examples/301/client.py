# Edits an article; remembers where a 301 moved it and sends later requests straight there.
import os
from urllib.parse import urljoin, urlsplit

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
moved = {}  # old URL → new URL, kept for good


def send(method, path, body=None):
    url = BASE_URL + path
    for _ in range(5):
        url = moved.get(url, url)
        # allow_redirects=False shows the 301 itself, to tell it from a temporary 302.
        response = requests.request(method, url, json=body, allow_redirects=False, timeout=10)
        request = f"{method} {urlsplit(url).path}"
        if response.status_code in (301, 308):
            moved[url] = urljoin(url, response.headers["Location"])
            print(f"{request}: {response.status_code}, moved for good to {urlsplit(moved[url]).path}")
            continue
        response.raise_for_status()
        print(f"{request}: {response.status_code} {response.text}")
        return response.json()
    raise RuntimeError("Too many redirects")


article = send("GET", "/articles/http-caching")
send("PUT", "/articles/http-caching", {**article, "title": "HTTP caching, revised"})
