// Wrong: gets a new token and retries on every 401, so a refused token means a loop (cut at 5 here).
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
let token = 'token-saved-yesterday';

for (const path of ['/me', '/reports']) {
  let response = await fetch(BASE_URL + path, { headers: { Authorization: `Bearer ${token}` } });
  for (let attempt = 2; attempt <= 5 && response.status === 401; attempt += 1) {
    token = (await (await fetch(`${BASE_URL}/token`, { method: 'POST' })).json()).access_token;
    response = await fetch(BASE_URL + path, { headers: { Authorization: `Bearer ${token}` } });
  }
  console.log(`GET ${path}: ${response.status} ${await response.text()}`);
}
