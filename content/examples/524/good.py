import os
import threading
import time

from flask import Flask

app = Flask(__name__)
EXPORTS = {}


def export_orders(export_id):
    time.sleep(1)  # stands in for an export that takes minutes in production
    EXPORTS[export_id] = {"status": "done", "rows": 48000, "url": "/files/orders.csv"}


@app.post("/exports")
def create_export():
    export_id = str(len(EXPORTS) + 1)
    EXPORTS[export_id] = {"status": "running"}
    threading.Thread(target=export_orders, args=(export_id,), daemon=True).start()
    # Right: accept the job at once and let the client poll its status.
    return EXPORTS[export_id], 202, {"Location": f"/exports/{export_id}"}


@app.get("/exports/<export_id>")
def get_export(export_id):
    if export_id not in EXPORTS:
        return {"error": "No such export"}, 404
    return EXPORTS[export_id]


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
