// Edits an article; remembers where a 301 moved it and sends later requests straight there.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const moved = new Map(); // old URL → new URL, kept for good

async function send(method, path, body) {
  let url = BASE_URL + path;
  const headers = { 'Content-Type': 'application/json' };
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    url = moved.get(url) ?? url;
    // 'manual' shows the 301 itself: fetch would follow it without telling a 301 from a 302.
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const request = `${method} ${new URL(url).pathname}`;
    if (response.status === 301 || response.status === 308) {
      moved.set(url, new URL(response.headers.get('Location'), url).href);
      console.log(`${request}: ${response.status}, moved for good to ${new URL(moved.get(url)).pathname}`);
      continue;
    }
    if (!response.ok) throw new Error(`${request}: ${response.status}`);
    const text = await response.text();
    console.log(`${request}: ${response.status} ${text}`);
    return JSON.parse(text);
  }
  throw new Error('Too many redirects');
}

const article = await send('GET', '/articles/http-caching');
await send('PUT', '/articles/http-caching', JSON.stringify({ ...article, title: 'HTTP caching, revised' }));
