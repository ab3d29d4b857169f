// Wrong: sends If-None-Match, then treats the 304 as a failure because response.ok is false.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
let etag;

for (let round = 1; round <= 2; round += 1) {
  const headers = etag ? { 'If-None-Match': etag } : {};
  const response = await fetch(`${BASE_URL}/articles/7`, { headers, cache: 'no-cache' });
  if (!response.ok) {
    console.log(`GET /articles/7: failed with ${response.status}`);
    continue;
  }
  etag = response.headers.get('ETag');
  console.log(await response.text());
}
