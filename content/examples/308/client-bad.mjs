// Wrong: follows the 308 by hand with a bare fetch(), which sends a GET without the order.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const body = JSON.stringify({ item: 'book' });
const headers = { 'Content-Type': 'application/json' };

const response = await fetch(`${BASE_URL}/v1/orders`, { method: 'POST', headers, body, redirect: 'manual' });
if (response.status === 308) {
  const moved = await fetch(new URL(response.headers.get('Location'), BASE_URL));
  console.log(`GET ${new URL(moved.url).pathname}: ${moved.status}`);
}
