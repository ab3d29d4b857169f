// Saves an edit with the version it is based on; on 409 fetches the document again, reapplies the edit and retries.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const MAX_WRITES = 3;
const url = `${BASE_URL}/documents/1`;

for (let write = 1; write <= MAX_WRITES; write += 1) {
  const doc = await (await fetch(url)).json();
  console.log(`GET /documents/1: ${JSON.stringify(doc)}`);
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...doc, title: 'Final' }), // our edit, on top of the latest version
  });
  console.log(`PUT /documents/1 (version ${doc.version}): ${response.status} ${await response.text()}`);
  if (response.status !== 409) break;
  console.log(write < MAX_WRITES ? 'Changed in the meantime; fetching it again' : 'Still changing; giving up');
}
