// Retries idempotent requests after 504 or 502, waiting longer each time, with jitter.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const headers = { 'Content-Type': 'application/json' };
const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 200;
const IDEMPOTENT = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];

async function send(method, path, body) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(BASE_URL + path, { method, headers, body });
    if ((response.status !== 504 && response.status !== 502) || attempt === MAX_ATTEMPTS) return response;
    if (!IDEMPOTENT.includes(method)) {
      console.log(`${method} ${path}: ${response.status}; not sent again, the upstream may still carry it out`);
      return response;
    }
    const delay = BASE_DELAY_MS * 2 ** (attempt - 1);
    console.log(`${method} ${path}: ${response.status}; waiting ${delay / 2} to ${delay} ms`);
    await response.arrayBuffer(); // read the body so the connection can be reused
    // "Equal jitter": half the delay is fixed, half random, so clients do not all retry in step.
    await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * (delay / 2)));
  }
}

const calls = [['GET', '/reports/daily'], ['POST', '/exports', '{"month":"2026-02"}']];
for (const [method, path, body] of calls) {
  const response = await send(method, path, body);
  console.log(`${method} ${path}: ${response.status} ${await response.text()}`);
}
