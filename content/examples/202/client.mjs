// Starts an export and polls the status URL the 202 gave until the job is done (a 303 to the result, or "done") or failed.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const MAX_POLLS = 20;
const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

let response = await fetch(`${BASE_URL}/exports`, { method: 'POST' });
console.log(`POST /exports: ${response.status} ${await response.text()}`);
const statusUrl = new URL(response.headers.get('Location'), BASE_URL);
for (let polls = 1; polls <= MAX_POLLS; polls += 1) {
  const retryAfter = response.headers.get('Retry-After') ?? '';
  const seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) : 1; // a date, or none: 1 second
  await wait(Math.max(seconds, 0.1));
  response = await fetch(statusUrl); // fetch follows a 303 to the result by itself
  if (response.redirected) {
    console.log(`GET ${new URL(response.url).pathname}: ${response.status} ${await response.text()}`);
    process.exit(0);
  }
  const job = await response.json();
  console.log(`GET ${statusUrl.pathname}: ${response.status}, ${job.status}`);
  if (job.status === 'done') process.exit(0);
  if (job.status === 'failed') process.exit(1);
}
console.log(`Gave up after ${MAX_POLLS} polls`);
process.exit(1);
