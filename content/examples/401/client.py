# Sends a bearer token; when a 401's Bearer challenge says error="invalid_token", gets a new token once.
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
        challenge = response.headers.get("WWW-Authenticate", "")
        error = (re.findall(r'\berror="([^"]*)"', challenge) or ["no error given"])[0]
        if attempt == 2 or not re.match(r"Bearer\b", challenge, re.IGNORECASE) or error != "invalid_token":
            print(f"GET {path}: 401, {error}{' even with a new token' if attempt == 2 else ''}; giving up")
            return response
        print(f"GET {path}: 401, {error}; getting a new token")
        token = new_token()


for path in ["/me", "/reports"]:
    response = get_with_token(path)
    print(f"GET {path}: {response.status_code} {response.text}")
