// Wrong: treats 425 like any other error and gives up, where sending the request again would work.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const headers = { 'Content-Type': 'application/json' };

for (const [path, data] of [['/orders', { item: 'teapot', qty: 1 }], ['/payments', { amount: 25 }]]) {
  const response = await fetch(BASE_URL + path, { method: 'POST', headers, body: JSON.stringify(data) });
  if (!response.ok) {
    console.log(`POST ${path}: failed with ${response.status}`);
    continue;
  }
  console.log(`POST ${path}: ${response.status} ${await response.text()}`);
}
