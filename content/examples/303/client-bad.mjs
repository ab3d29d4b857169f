// Wrong: follows the 303 by hand and sends the same POST, form and all, to the new URL.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const request = { method: 'POST', body: new URLSearchParams({ item: 'book' }), redirect: 'manual' };

let response = await fetch(`${BASE_URL}/orders`, request);
if (response.status === 303) {
  response = await fetch(new URL(response.headers.get('Location'), BASE_URL), request);
}
console.log(`POST ${new URL(response.url).pathname}: ${response.status}`);
