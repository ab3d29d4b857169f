# Keeps each body with its ETag, revalidates with If-None-Match, and reuses the body on 304.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
kept = {}  # path -> (etag, body)


def get_cached(path):
    copy = kept.get(path)
    headers = {"If-None-Match": copy[0]} if copy else {}
    response = requests.get(BASE_URL + path, headers=headers, timeout=10)
    if response.status_code == 304:
        print(f"GET {path}: 304; using the kept body")
        return copy[1]
    response.raise_for_status()
    etag = response.headers.get("ETag")
    if etag:
        kept[path] = (etag, response.text)
    print(f"GET {path}: {response.status_code}, ETag: {etag}; keeping the body")
    return response.text


for _ in range(2):
    print(get_cached("/articles/7"))
