# Uploads with Expect: 100-continue: sends the body after 100 Continue, and never after a final answer that came first.
# requests cannot wait for 100 Continue, so this uses the standard library's http.client.
import http.client
import os
import select
import socket
from urllib.parse import urlsplit

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")


def upload(path, body):
    url = urlsplit(BASE_URL)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    conn.putrequest("PUT", path)
    for name, value in [("Content-Type", "text/plain"), ("Content-Length", len(body)), ("Expect", "100-continue")]:
        conn.putheader(name, value)
    conn.endheaders()
    answered, _, _ = select.select([conn.sock], [], [], 5)  # a 100 may never come: after 5 seconds, send anyway
    first = conn.sock.recv(12, socket.MSG_PEEK) if answered else b""  # "HTTP/1.1 100", left for getresponse()
    sent = not answered or first[9:12] == b"100"  # a final answer came first: never send the body
    if sent:
        print(f"PUT {path}: {'100 Continue' if answered else 'no answer for 5 seconds'}; sending {len(body)} bytes")
        conn.send(body)
    response = conn.getresponse()  # skips the 100 Continue
    text = response.read().decode()
    conn.close()
    return response.status, text, sent


for path, body in [("/files/notes.txt", b"Buy milk, renew the TLS certificate.\n"), ("/files/backup.tar", b"x" * 50_000)]:
    status, text, sent = upload(path, body)
    match status:
        case 201:
            print(f"PUT {path}: 201 {text}")
        case _:
            print(f"PUT {path}: {status} {text}; the body was {'sent' if sent else 'never sent'}")
