// Sends a bearer token; when a 401's Bearer challenge says error="invalid_token", gets a new token once.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
let token = 'token-saved-yesterday';

async function newToken() {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'refresh-abc' }); // saved at sign-in
  const response = await fetch(`${BASE_URL}/token`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`POST /token: ${response.status}`);
  return (await response.json()).access_token;
}

async function getWithToken(path) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(BASE_URL + path, { headers: { Authorization: `Bearer ${token}` } });
    if (response.status !== 401) return response;
    const challenge = response.headers.get('WWW-Authenticate') ?? '';
    const error = /\berror="([^"]*)"/.exec(challenge)?.[1] ?? 'no error given';
    if (attempt === 2 || !/^Bearer\b/i.test(challenge) || error !== 'invalid_token') {
      console.log(`GET ${path}: 401, ${error}${attempt === 2 ? ' even with a new token' : ''}; giving up`);
      return response;
    }
    console.log(`GET ${path}: 401, ${error}; getting a new token`);
    await response.arrayBuffer(); // frees the connection
    token = await newToken();
  }
}

for (const path of ['/me', '/reports']) {
  const response = await getWithToken(path);
  console.log(`GET ${path}: ${response.status} ${await response.text()}`);
}
