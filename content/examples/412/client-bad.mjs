// Wrong: on 412 it sends the same edit again with If-Match: *, overwriting the other change.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const url = `${BASE_URL}/articles/1`;
const json = { 'Content-Type': 'application/json' };

const read = await fetch(url);
const body = JSON.stringify({ ...(await read.json()), title: 'Final' });
let response = await fetch(url, { method: 'PUT', headers: { ...json, 'If-Match': read.headers.get('ETag') }, body });
if (response.status === 412) {
  response = await fetch(url, { method: 'PUT', headers: { ...json, 'If-Match': '*' }, body });
}
console.log(`PUT /articles/1: ${response.status} ${await response.text()}`);
