# Downloads a file; when the connection breaks, asks for the rest with Range and If-Range and appends it.
import os

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")


def download(path):
    data, etag = b"", None  # etag: the ETag of the version the bytes in data come from
    for _ in range(5):
        headers = {"Range": f"bytes={len(data)}-"} if data else {}
        if data and etag and etag.startswith('"'):  # a weak ETag may not be sent in If-Range
            headers["If-Range"] = etag  # the rest only if the file is still that version, else all of it
        response = requests.get(BASE_URL + path, headers=headers, stream=True, timeout=10)
        content_range = response.headers.get("Content-Range", "")
        asked = " with " + ", ".join(f"{name}: {value}" for name, value in headers.items()) if headers else ""
        print(f"GET {path}{asked}: {response.status_code}" + (f", Content-Range: {content_range}" if content_range else ""))
        if response.status_code == 416:
            if content_range.split("/")[-1] == str(len(data)):
                return data  # every byte is already here
            print("The file is shorter than what we have: starting over")
            data = b""
            continue
        if response.status_code == 200:
            # The whole file, not the rest of it: Range was ignored, or the file changed since the first part.
            data, etag = b"", response.headers.get("ETag")
        elif response.status_code != 206 or not content_range.startswith(f"bytes {len(data)}-"):
            raise RuntimeError(f"GET {path}: unexpected {response.status_code}")
        try:
            for chunk in response.iter_content(8192):
                data += chunk
            return data
        except requests.RequestException:  # the connection broke: keep what arrived
            print(f"GET {path}: connection lost after {len(data)} bytes")
    raise RuntimeError(f"GET {path}: giving up")


log = download("/files/log.txt")
print(f"Downloaded {len(log)} bytes, ending with: {log.decode().rstrip().splitlines()[-1]}")
