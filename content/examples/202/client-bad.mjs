// Wrong: polls as fast as it can, ignoring Retry-After.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

let response = await fetch(`${BASE_URL}/exports`, { method: 'POST' });
const statusUrl = new URL(response.headers.get('Location'), BASE_URL);
do {
  response = await fetch(statusUrl);
} while (!response.redirected);
console.log(`GET ${new URL(response.url).pathname}: ${response.status} ${await response.text()}`);
