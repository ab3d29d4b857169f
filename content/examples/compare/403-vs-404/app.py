import os

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
USERS_BY_TOKEN = {
    "token-ada": {"name": "Ada", "account": "acme", "role": "owner"},
    "token-bob": {"name": "Bob", "account": "acme", "role": "member"},
}
INVOICES = {
    1001: {"id": 1001, "account": "acme", "total": 120},
    1002: {"id": 1002, "account": "globex", "total": 980},
}


@app.before_request
def authenticate():
    auth = request.headers.get("Authorization", "")
    token = auth[7:] if auth[:7].lower() == "bearer " else ""
    g.user = USERS_BY_TOKEN.get(token)
    if g.user is None:
        # A token that was sent and refused gets error="invalid_token" (RFC 6750 §3.1).
        refused = ', error="invalid_token"' if token else ""
        challenge = {"WWW-Authenticate": f'Bearer realm="example"{refused}'}
        return jsonify(error="Sign in with a valid token"), 401, challenge


def visible_invoice(invoice_id):
    # 1. May this user know it exists? Another account's invoice gets the same 404 as a made-up ID.
    invoice = INVOICES.get(invoice_id)
    if invoice is None or invoice["account"] != g.user["account"]:
        abort(404, description=f"No invoice {invoice_id}")
    return invoice


@app.get("/invoices/<int:invoice_id>")
def get_invoice(invoice_id):
    return jsonify(visible_invoice(invoice_id))


@app.delete("/invoices/<int:invoice_id>")
def delete_invoice(invoice_id):
    visible_invoice(invoice_id)
    # 2. May this user delete it? Bob can already see the invoice, so a 403 reveals nothing.
    if g.user["role"] != "owner":
        challenge = {"WWW-Authenticate": 'Bearer realm="example", error="insufficient_scope"'}  # RFC 6750 §3
        return jsonify(error="Only account owners may delete invoices"), 403, challenge
    del INVOICES[invoice_id]
    return "", 204


# Every 404, from abort() or an unknown URL, answers JSON like the rest of the API.
@app.errorhandler(404)
def not_found(error):
    return jsonify(error=error.description), 404


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
