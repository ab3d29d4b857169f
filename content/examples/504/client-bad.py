# Wrong: sends the GET again at once after each 504, in a tight loop.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")

for _ in range(5):
    response = requests.get(BASE_URL + "/reports/daily", timeout=10)
    if response.status_code != 504:
        break
print(f"GET /reports/daily: {response.status_code} {response.text}")
