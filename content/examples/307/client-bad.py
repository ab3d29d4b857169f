# Wrong: streams the upload from a generator, which requests cannot send again after the 307.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")


def report():
    yield b"first report"


response = requests.post(BASE_URL + "/uploads", headers={"Content-Type": "text/plain"}, data=report(), timeout=10)
print(f"POST /uploads: {response.status_code} {response.text}")
