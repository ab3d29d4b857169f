// Sends a request again once after 425 Too Early; a second 425 is final.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const headers = { 'Content-Type': 'application/json' };

async function post(path, data) {
  const send = () => fetch(BASE_URL + path, { method: 'POST', headers, body: JSON.stringify(data) });
  let response = await send();
  if (response.status === 425) {
    console.log(`POST ${path}: 425; sending it again once`);
    await response.arrayBuffer();
    response = await send(); // fetch never sends TLS early data, so the retry is not in early data
  }
  return response;
}

for (const [path, data] of [['/orders', { item: 'teapot', qty: 1 }], ['/payments', { amount: 25 }]]) {
  const response = await post(path, data);
  console.log(`POST ${path}: ${response.status} ${await response.text()}`);
}
