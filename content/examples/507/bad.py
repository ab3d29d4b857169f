import errno
import os

from flask import Flask, request

app = Flask(__name__)
DISK = {"capacity": 1_000_000, "used": 999_990}  # a nearly full volume


def write_file(name, data):
    # Fails the way a real write to a full disk does.
    if DISK["used"] + len(data) > DISK["capacity"]:
        raise OSError(errno.ENOSPC, "No space left on device")
    DISK["used"] += len(data)


@app.put("/files/<name>")
def upload(name):
    # Wrong: the full disk raises OSError, and the client gets an unexplained 500.
    write_file(name, request.get_data())
    return {"name": name}, 201, {"Location": f"/files/{name}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
