import os

from flask import Flask, redirect, url_for

app = Flask(__name__)
LATEST = "v3"


# "latest" moves with every release, so the redirect is temporary.
@app.get("/docs/latest")
def latest_docs():
    return redirect(url_for("docs", version=LATEST))  # 302 is the default


@app.get("/docs/<version>")
def docs(version):
    return f"Documentation for {version}", 200, {"Content-Type": "text/plain"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
