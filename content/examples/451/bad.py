import os

from flask import Flask, jsonify

app = Flask(__name__)
VIDEOS = {16: {"id": 16, "title": "Cat plays the piano"}}
TAKEN_DOWN = {17}


@app.get("/videos/<int:video_id>")
def get_video(video_id):
    if video_id in TAKEN_DOWN:
        # Wrong: looks like an ordinary permission problem; the legal demand stays invisible.
        return jsonify(error="Forbidden"), 403
    if video_id not in VIDEOS:
        return jsonify(error="No such video"), 404
    return jsonify(VIDEOS[video_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
