// Sends a request again once after 408, on a new connection; a second 408 is final.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const body = 'x'.repeat(1000);

async function post(path) {
  let response = await fetch(BASE_URL + path, { method: 'POST', body });
  if (response.status === 408) {
    console.log(`POST ${path}: 408; sending it again once`);
    await response.arrayBuffer();
    // The server sent Connection: close, so fetch opens a new connection for this one.
    response = await fetch(BASE_URL + path, { method: 'POST', body });
  }
  return response;
}

for (const path of ['/uploads', '/backups']) {
  const response = await post(path);
  console.log(`POST ${path}: ${response.status} ${await response.text()}`);
}
