# Downloads files, resuming with Range after a broken connection; on 416 it reads the size instead of asking again.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")


def download(path):
    data = b""
    for _ in range(5):
        headers = {"Range": f"bytes={len(data)}-"} if data else {}
        response = requests.get(BASE_URL + path, headers=headers, stream=True, timeout=10)
        content_range = response.headers.get("Content-Range", "")
        asked = f" with Range: {headers['Range']}" if headers else ""
        print(f"GET {path}{asked}: {response.status_code}" + (f", Content-Range: {content_range}" if content_range else ""))
        if response.status_code == 416:
            size = content_range.split("/")[-1]  # Content-Range: bytes */<size>
            if size == str(len(data)):
                return data
            print(f"{path} is {size} bytes now, we have {len(data)}: starting over")
            data = b""
            continue
        if response.status_code == 200:
            data = b""  # the whole file, not the rest of it
        elif response.status_code != 206 or not content_range.startswith(f"bytes {len(data)}-"):
            raise RuntimeError(f"GET {path}: unexpected {response.status_code}")
        try:
            for chunk in response.iter_content(8192):
                data += chunk
            return data
        except requests.RequestException:  # the connection broke: keep what arrived
            print(f"GET {path}: connection lost after {len(data)} bytes")
    raise RuntimeError(f"GET {path}: giving up")


for path in ["/files/notes.txt", "/files/log.txt"]:
    print(f"{path}: complete, {len(download(path))} bytes")
