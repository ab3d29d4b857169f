# Submits an order form; requests follows the 303 to the order's page with a GET.
import os
from urllib.parse import urlsplit

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")

response = requests.post(BASE_URL + "/orders", data={"item": "book"}, timeout=10)
response.raise_for_status()
order_url = response.url  # the result's own URL: a reload fetches it, not POST /orders again
path = urlsplit(order_url).path
print(f"POST /orders: redirected to {path}")
print(f"{response.request.method} {path}: {response.status_code} {response.text}")

reload = requests.get(order_url, timeout=10)
print(f"GET {path}: {reload.status_code} {reload.text}")
