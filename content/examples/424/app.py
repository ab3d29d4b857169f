import os

from flask import Flask, jsonify, request

app = Flask(__name__)
# Models that customers deployed on this platform; this one fails on every input.
MODELS = {
    "sentiment": lambda data: {"status": 500, "message": "model crashed: weights file not found"},
}


@app.post("/endpoints/<name>/invocations")
def invoke(name):
    model = MODELS.get(name)
    if model is None:
        return jsonify(error="No such endpoint"), 404
    result = model(request.get_json())
    if result["status"] >= 400:
        # The platform did its part; the customer's own model failed, so pass on what it said.
        return jsonify(error="Your model returned an error", originalStatus=result["status"],
                       originalMessage=result["message"]), 424
    return jsonify(result["output"])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
