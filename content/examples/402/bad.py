import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ACCOUNTS = {"key-free-123": {"plan": "free"}, "key-pro-456": {"plan": "pro"}}


@app.get("/reports/annual")
def annual_report():
    account = ACCOUNTS.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    # Wrong: a missing or unknown key is treated as "has not paid".
    if account is None or account["plan"] != "pro":
        return jsonify(error="payment_required", upgradeUrl="https://example.com/billing/upgrade"), 402
    return jsonify(year=2025, revenue=4800000)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
