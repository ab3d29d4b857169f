// Keeps each body with its ETag, revalidates with If-None-Match, and reuses the body on 304.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const kept = new Map(); // path -> { etag, body }

async function getCached(path) {
  const copy = kept.get(path);
  const headers = copy ? { 'If-None-Match': copy.etag } : {};
  // Without cache: 'no-cache', fetch adds Cache-Control: no-cache, and Express then answers 200, never 304.
  const response = await fetch(BASE_URL + path, { headers, cache: 'no-cache' });
  if (response.status === 304) {
    console.log(`GET ${path}: 304; using the kept body`);
    return copy.body;
  }
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  const body = await response.text();
  const etag = response.headers.get('ETag');
  if (etag) kept.set(path, { etag, body });
  console.log(`GET ${path}: ${response.status}, ETag: ${etag}; keeping the body`);
  return body;
}

for (let round = 1; round <= 2; round += 1) {
  console.log(await getCached('/articles/7'));
}
