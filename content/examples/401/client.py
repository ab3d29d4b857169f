# Sends a bearer token; on 401 reads WWW-Authenticate, gets a new token once and tries once more.
import os
import re

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
token = "token-saved-yesterday"


def new_token():
    form = {"grant_type": "refresh_token", "refresh_token": "refresh-abc"}  # saved at sign-in
    response = requests.post(f"{BASE_URL}/token", data=form, timeout=10)
    response.raise_for_status()
    return response.json()["access_token"]


def get_with_token(path):
    global token
    for attempt in (1, 2):
        response = requests.get(BASE_URL + path, headers={"Authorization": f"Bearer {token}"}, timeout=10)
        if response.status_code != 401:
            return response
        match = re.search(r'error="([^"]*)"', response.headers.get("WWW-Authenticate", ""))
        error = match.group(1) if match else "no error given"
        if attempt == 2:
            print(f"GET {path}: 401, {error} even with a new token; giving up")
            return response
        print(f"GET {path}: 401, {error}; getting a new token")
        token = new_token()


for path in ["/me", "/reports"]:
    response = get_with_token(path)
    print(f"GET {path}: {response.status_code} {response.text}")
