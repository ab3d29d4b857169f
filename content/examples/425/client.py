# Sends a request again once after 425 Too Early; a second 425 is final.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")


def post(path, data):
    response = requests.post(BASE_URL + path, json=data, timeout=10)
    if response.status_code == 425:
        print(f"POST {path}: 425; sending it again once")
        # requests never sends TLS early data, so the retry is not in early data
        response = requests.post(BASE_URL + path, json=data, timeout=10)
    return response


for path, data in [("/orders", {"item": "teapot", "qty": 1}), ("/payments", {"amount": 25})]:
    response = post(path, data)
    print(f"POST {path}: {response.status_code} {response.text}")
