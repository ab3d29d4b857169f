import os

from flask import Flask, jsonify

app = Flask(__name__)
VIDEOS = {16: {"id": 16, "title": "Cat plays the piano"}}
# Videos taken down because of a legal demand, with what the demand was.
TAKEDOWNS = {
    17: {
        "demand": "Court order 2026-114, District Court of Example",
        "law": "Copyright Act",
        "appliesTo": "all visitors",
    },
}


@app.get("/videos/<int:video_id>")
def get_video(video_id):
    if video_id in TAKEDOWNS:
        # Right: 451 says a legal demand is the reason, Link says who blocks, and the body
        # says who made the demand, under which law, and whom it applies to.
        headers = {"Link": '<https://example.com/legal>; rel="blocked-by"', "Cache-Control": "max-age=3600"}
        return jsonify(error="Unavailable for legal reasons", **TAKEDOWNS[video_id]), 451, headers
    if video_id not in VIDEOS:
        return jsonify(error="No such video"), 404
    return jsonify(VIDEOS[video_id])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
