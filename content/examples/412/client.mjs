// Saves an edit with If-Match; on 412 fetches the article again, reapplies the edit and retries.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const MAX_WRITES = 3;
const url = `${BASE_URL}/articles/1`;

for (let write = 1; write <= MAX_WRITES; write += 1) {
  const read = await fetch(url);
  const etag = read.headers.get('ETag');
  const article = await read.json();
  console.log(`GET /articles/1: ETag ${etag}, ${JSON.stringify(article)}`);
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'If-Match': etag },
    body: JSON.stringify({ ...article, title: 'Final' }), // our edit, on top of the latest version
  });
  console.log(`PUT /articles/1 with If-Match ${etag}: ${response.status} ${await response.text()}`);
  if (response.status !== 412) break;
  console.log(write < MAX_WRITES ? 'Changed in the meantime; fetching it again' : 'Still changing; giving up');
}
