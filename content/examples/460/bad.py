import os
import time

from flask import Flask

app = Flask(__name__)


def build_export():
    time.sleep(1)  # stands in for minutes of queries and formatting
    return "id,total\n1,42\n"


@app.post("/exports")
def export():
    # Wrong: the client has to keep the connection open for the whole job.
    return build_export(), 200, {"Content-Type": "text/csv"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
