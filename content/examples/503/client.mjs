// Sends a GET again after 503 or 429, waiting as long as Retry-After says.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const MAX_ATTEMPTS = 4;
const MAX_WAIT_SECONDS = 60;

/** Seconds to wait, from Retry-After: a number of seconds or an HTTP date. */
function retryAfterSeconds(value) {
  if (value === null) return 1; // none given: wait a little anyway
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1 : Math.max(0, (date - Date.now()) / 1000);
}

async function getWithRetry(path) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(BASE_URL + path);
    if (response.status !== 503 && response.status !== 429) return response;
    const header = response.headers.get('Retry-After');
    const seconds = retryAfterSeconds(header);
    if (attempt === MAX_ATTEMPTS || seconds > MAX_WAIT_SECONDS) {
      console.log(`GET ${path}: ${response.status}, Retry-After: ${header}; giving up`);
      return response;
    }
    console.log(`GET ${path}: ${response.status}, Retry-After: ${header}; waiting`);
    await response.arrayBuffer(); // read the body so the connection can be reused
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

for (const path of ['/orders', '/reports']) {
  const response = await getWithRetry(path);
  console.log(`GET ${path}: ${response.status} ${await response.text()}`);
}
