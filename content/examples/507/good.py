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
    try:
        write_file(name, request.get_data())
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        # Right: the server could not store it, and says exactly that.
        return {"error": "Not enough storage space"}, 507
    return {"name": name}, 201, {"Location": f"/files/{name}"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
