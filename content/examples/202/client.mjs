// Starts an export, polls the status URL the 202 gave until the job is done, then prints the result.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const MAX_POLLS = 20;
const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

let response = await fetch(`${BASE_URL}/exports`, { method: 'POST' });
console.log(`POST /exports: ${response.status} ${await response.text()}`);
const statusUrl = new URL(response.headers.get('Location'), BASE_URL);
for (let polls = 1; polls <= MAX_POLLS; polls += 1) {
  const seconds = Number(response.headers.get('Retry-After')) || 1;
  await wait(Math.max(seconds, 0.1));
  response = await fetch(statusUrl); // fetch follows a 303 to the result by itself
  if (response.redirected) break;
  const job = await response.json();
  console.log(`GET ${statusUrl.pathname}: ${response.status}, ${job.status}`);
  if (job.status === 'failed') process.exit(1);
}
console.log(`GET ${new URL(response.url).pathname}: ${response.status} ${await response.text()}`);
