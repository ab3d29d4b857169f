// Wrong: backs off well, but retries every request after a 502, POST included: the order may be placed twice.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const headers = { 'Content-Type': 'application/json' };
const calls = [['GET', '/api/stock'], ['POST', '/api/orders', '{"item":"teapot","qty":1}']];

for (const [method, path, body] of calls) {
  let response = await fetch(BASE_URL + path, { method, headers, body });
  for (let attempt = 1; attempt < 4 && response.status === 502; attempt += 1) {
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt * (1 + Math.random()) / 2));
    response = await fetch(BASE_URL + path, { method, headers, body });
  }
  console.log(`${method} ${path}: ${response.status} ${await response.text()}`);
}
