import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ACCOUNTS = {"key-free-123": {"plan": "free"}, "key-pro-456": {"plan": "pro"}}


@app.get("/reports/annual")
def annual_report():
    account = ACCOUNTS.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    if account is None:
        return jsonify(error="API key required"), 401, {"WWW-Authenticate": 'Bearer realm="reports"'}
    if account["plan"] != "pro":
        # No standard defines a 402 body, so say what to pay for and where.
        return jsonify(
            error="payment_required",
            message="Annual reports are part of the Pro plan.",
            upgradeUrl="https://example.com/billing/upgrade",
        ), 402
    return jsonify(year=2025, revenue=4800000)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
