# Uploads two reports; requests follows the 307 with the same POST and body.
import os
from urllib.parse import urlsplit

import requests

BASE_URL = os.environ.get("BASE_URL", "http://localhost:3000")

for report in ["first report", "second report"]:
    # Always to /uploads: the 307 is temporary, so the next upload may go elsewhere.
    response = requests.post(
        BASE_URL + "/uploads",
        headers={"Content-Type": "text/plain"},
        data=report.encode(),  # bytes, not a generator, so they can be sent again
        timeout=10,
    )
    response.raise_for_status()
    where = f", redirected to {urlsplit(response.url).path}" if response.history else ""
    print(f"POST /uploads ({len(report)} bytes){where}: {response.status_code} {response.text}")
