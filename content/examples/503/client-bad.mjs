// Wrong: reads Retry-After only as seconds; an HTTP date becomes NaN, and setTimeout waits 1 ms for NaN.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

for (const path of ['/orders', '/reports']) {
  let response = await fetch(BASE_URL + path);
  for (let attempt = 2; attempt <= 4 && response.status === 503; attempt += 1) {
    const seconds = Number(response.headers.get('Retry-After'));
    if (seconds > 60) break; // never true for NaN
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    response = await fetch(BASE_URL + path);
  }
  console.log(`GET ${path}: ${response.status} ${await response.text()}`);
}
