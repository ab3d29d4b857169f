import os

from flask import Flask

app = Flask(__name__)
# The portal's sign-in page lives on its own host name, so the link must be absolute.
LOGIN_URL = "https://login.portal.example/"
PAGE = f"""<html><head><meta http-equiv="refresh" content="0; url={LOGIN_URL}"></head>
<body><p>You need to <a href="{LOGIN_URL}">sign in to this network</a> first.</p></body></html>"""


@app.before_request
def network_sign_in_required():
    # The network sends every plain-HTTP request of a device that has not
    # signed in yet to this server, whatever site the request was meant for.
    return PAGE, 511, {"Cache-Control": "no-store"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
