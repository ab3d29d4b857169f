import os

from flask import Flask, request

app = Flask(__name__)
CAPACITY = 1_000_000  # bytes this volume can hold
FILES = {"backup.tar": 999_990}  # name -> size: the volume is nearly full


@app.put("/files/<name>")
def upload(name):
    used = sum(FILES.values())
    size = request.content_length or 0
    if used + size > CAPACITY:
        # The declared size is enough to refuse the upload before storing anything.
        return {"error": "Not enough storage space", "freeBytes": CAPACITY - used}, 507
    FILES[name] = size
    return {"name": name, "size": size}, 201, {"Location": f"/files/{name}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
