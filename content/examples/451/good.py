import os

from flask import Flask, jsonify

app = Flask(__name__)
VIDEOS = {16: {"id": 16, "title": "Cat plays the piano"}}
TAKEN_DOWN = {17}


@app.get("/videos/<int:video_id>")
def get_video(video_id):
    if video_id in TAKEN_DOWN:
        # Right: 451 says a legal demand is the reason, Link says who blocks, the body says why.
        headers = {"Link": '<https://example.com/legal>; rel="blocked-by"'}
        return jsonify(error="Removed after court order 2026-114 (Copyright Act)"), 451, headers
    if video_id not in VIDEOS:
        return jsonify(error="No such video"), 404
    return jsonify(VIDEOS[video_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
