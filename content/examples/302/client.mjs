// Saves and reads a profile, following a 302 by hand with the same method and body each time.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

async function send(method, path, body) {
  let url = BASE_URL + path; // the original URL, every time: a 302 is only for now
  const headers = { 'Content-Type': 'application/json' };
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    // By hand, not left to the client: after a 302, requests turns a PUT into a GET (fetch does not).
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const request = `${method} ${new URL(url).pathname}`;
    if (response.status === 302 || response.status === 307) {
      url = new URL(response.headers.get('Location'), url).href;
      console.log(`${request}: ${response.status}, following it to ${new URL(url).pathname} this time`);
      continue;
    }
    if (!response.ok) throw new Error(`${request}: ${response.status}`);
    console.log(`${request}: ${response.status} ${await response.text()}`);
    return;
  }
  throw new Error('Too many redirects');
}

await send('PUT', '/profile', JSON.stringify({ name: 'Ada Lovelace' }));
await send('GET', '/profile');
