# Places orders; after a 308 it sends the same POST to the new URL and keeps using that URL.
import os
from urllib.parse import urljoin, urlsplit

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
orders_url = BASE_URL + "/v1/orders"


def place_order(order):
    global orders_url
    for _ in range(5):
        # allow_redirects=False shows the 308 itself, to tell it from a temporary 307.
        response = requests.post(orders_url, json=order, allow_redirects=False, timeout=10)
        path = urlsplit(orders_url).path
        if response.status_code != 308:
            print(f"POST {path}: {response.status_code} {response.text}")
            return
        orders_url = urljoin(orders_url, response.headers["Location"])  # moved for good: remember it
        print(f"POST {path}: 308, moved for good to {urlsplit(orders_url).path}")
    raise RuntimeError("Too many redirects")


place_order({"item": "book"})
place_order({"item": "pen"})
