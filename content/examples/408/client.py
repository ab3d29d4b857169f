# Sends a request again once after 408, on a new connection; a second 408 is final.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
BODY = b"x" * 1000


def post(path):
    response = requests.post(BASE_URL + path, data=BODY, timeout=10)
    if response.status_code == 408:
        print(f"POST {path}: 408; sending it again once")
        # requests.post() opens a new connection each time it is called.
        response = requests.post(BASE_URL + path, data=BODY, timeout=10)
    return response


for path in ["/uploads", "/backups"]:
    response = post(path)
    print(f"POST {path}: {response.status_code} {response.text}")
