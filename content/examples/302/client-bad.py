# Wrong: lets requests follow the 302, and it turns the PUT into a GET without the body.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")

response = requests.put(BASE_URL + "/profile", json={"name": "Ada Lovelace"}, timeout=10)
print(f"PUT /profile: {response.status_code} {response.text}")
