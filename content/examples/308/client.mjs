// Places orders; after a 308 it sends the same POST to the new URL and keeps using that URL.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
let ordersUrl = `${BASE_URL}/v1/orders`;

async function placeOrder(order) {
  const request = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(order) };
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    // 'manual' shows the 308 itself: fetch would follow it without telling a 308 from a 307.
    const response = await fetch(ordersUrl, { ...request, redirect: 'manual' });
    const path = new URL(ordersUrl).pathname;
    if (response.status !== 308) {
      console.log(`POST ${path}: ${response.status} ${await response.text()}`);
      return;
    }
    ordersUrl = new URL(response.headers.get('Location'), ordersUrl).href; // moved for good: remember it
    console.log(`POST ${path}: 308, moved for good to ${new URL(ordersUrl).pathname}`);
  }
  throw new Error('Too many redirects');
}

await placeOrder({ item: 'book' });
await placeOrder({ item: 'pen' });
