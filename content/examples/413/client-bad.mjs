// Wrong: takes 413 for a passing failure and sends the same body again.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const events = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, type: 'page_view', path: '/pricing' }));
const body = JSON.stringify(events);

for (let attempt = 1; attempt <= 3; attempt += 1) {
  const response = await fetch(`${BASE_URL}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  console.log(`POST /events, attempt ${attempt}: ${response.status} ${await response.text()}`);
  if (response.ok) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
