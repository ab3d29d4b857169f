// Uploads two reports; fetch follows the 307 with the same POST and body.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

for (const report of ['first report', 'second report']) {
  // Always to /uploads: the 307 is temporary, so the next upload may go elsewhere.
  const response = await fetch(`${BASE_URL}/uploads`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: report, // a string, not a stream, so it can be sent again
  });
  if (!response.ok) throw new Error(`POST /uploads: ${response.status}`);
  const where = response.redirected ? `, redirected to ${new URL(response.url).pathname}` : '';
  console.log(`POST /uploads (${report.length} bytes)${where}: ${response.status} ${await response.text()}`);
}
