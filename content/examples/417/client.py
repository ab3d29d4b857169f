# Uploads with Expect: 100-continue; after a 417 it sends the request again without the expectation.
# requests cannot wait for 100 Continue, so this uses the standard library's http.client.
import http.client
import os
import select
import socket
from urllib.parse import urlsplit

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")
body = bytes(20_000)


def upload(path, expect):
    url = urlsplit(BASE_URL)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    conn.putrequest("POST", path)
    conn.putheader("Content-Type", "application/octet-stream")
    conn.putheader("Content-Length", len(body))
    if expect:
        conn.putheader("Expect", "100-continue")
    conn.endheaders()
    answered = expect and select.select([conn.sock], [], [], 5)[0]  # wait 5 s at most for an answer
    if not answered or conn.sock.recv(12, socket.MSG_PEEK)[9:12] == b"100":  # "HTTP/1.1 100"
        conn.send(body)  # otherwise a final answer came first: never send the body
    response = conn.getresponse()  # skips the 100 Continue
    text = response.read().decode()
    conn.close()
    return response.status, text


status, text = upload("/uploads", expect=True)
match status:
    case 417:
        print(f"POST /uploads with Expect: 100-continue: 417 {text}; sending it again without Expect")
        status, text = upload("/uploads", expect=False)
print(f"POST /uploads: {status} {text}")
