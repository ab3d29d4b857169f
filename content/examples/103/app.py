import os

from flask import Flask

app = Flask(__name__)
STYLESHEET = "</style.css>; rel=preload; as=style"
PAGE = '<!doctype html><link rel="stylesheet" href="/style.css"><h1>Dashboard</h1>'


# A CDN with Early Hints turned on remembers this Link header and sends it as a 103 next time.
@app.get("/dashboard")
def dashboard():
    return PAGE, 200, {"Link": STYLESHEET}


@app.get("/style.css")
def style_css():
    return "h1 { color: teal; }", 200, {"Content-Type": "text/css"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
