import os

from flask import Flask, Response

app = Flask(__name__)


# WSGI cannot switch protocols; Server-Sent Events push messages over plain HTTP instead.
@app.get("/events")
def events():
    def stream():
        for n in range(1, 4):
            yield f"data: message {n}\n\n"

    return Response(stream(), mimetype="text/event-stream", headers={"Cache-Control": "no-store"})


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
