// Sends a GET again after 429 or 503, waiting as long as Retry-After says.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const MAX_ATTEMPTS = 4;
const MAX_WAIT_SECONDS = 60;

/** Seconds to wait, from Retry-After (seconds or an HTTP date); without one, back off with jitter. */
function retryAfterSeconds(value, attempt) {
  const date = Date.parse(value);
  if (/^\d+$/.test(value ?? '')) return Number(value);
  return Number.isNaN(date) ? 2 ** (attempt - 1) + Math.random() : Math.max(0, (date - Date.now()) / 1000);
}

async function getWithRetry(path) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(BASE_URL + path);
    if (response.status !== 429 && response.status !== 503) return response;
    const header = response.headers.get('Retry-After');
    const seconds = retryAfterSeconds(header, attempt);
    if (attempt === MAX_ATTEMPTS || seconds > MAX_WAIT_SECONDS) {
      console.log(`GET ${path}: ${response.status}, Retry-After: ${header}; giving up`);
      return response;
    }
    console.log(`GET ${path}: ${response.status}, Retry-After: ${header}; waiting`);
    await response.arrayBuffer(); // read the body so the connection can be reused
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

for (const path of ['/report', '/export']) {
  const response = await getWithRetry(path);
  console.log(`GET ${path}: ${response.status} ${await response.text()}`);
}
