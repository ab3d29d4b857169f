// Uploads events in batches; after a 413 it sends smaller batches, never the refused body again.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const events = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, type: 'page_view', path: '/pricing' }));

let batchSize = events.length; // halved after each 413
for (let sent = 0; sent < events.length; ) {
  const batch = events.slice(sent, sent + batchSize);
  const body = JSON.stringify(batch);
  const response = await fetch(`${BASE_URL}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const label = `POST /events (${batch.length} events, ${body.length} bytes): ${response.status} ${await response.text()}`;
  if (response.status === 413 && batch.length > 1) {
    console.log(`${label}; splitting the batch`);
    batchSize = Math.ceil(batch.length / 2);
  } else if (response.ok) {
    console.log(label);
    sent += batch.length;
  } else {
    console.log(`${label}; giving up`);
    break;
  }
}
