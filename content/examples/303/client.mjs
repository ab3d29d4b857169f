// Submits an order form; fetch follows the 303 to the order's page with a GET.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

const response = await fetch(`${BASE_URL}/orders`, { method: 'POST', body: new URLSearchParams({ item: 'book' }) });
if (!response.ok) throw new Error(`POST /orders: ${response.status}`);
const orderUrl = response.url; // the result's own URL: a reload fetches it, not POST /orders again
const path = new URL(orderUrl).pathname;
console.log(`POST /orders: redirected to ${path}`);
console.log(`GET ${path}: ${response.status} ${await response.text()}`); // fetch follows a 303 with GET

const reload = await fetch(orderUrl);
console.log(`GET ${path}: ${reload.status} ${await reload.text()}`);
