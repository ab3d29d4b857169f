// Wrong: takes 417 for a failed upload and gives up, where sending it again without Expect would work.
import http from 'node:http';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const body = Buffer.alloc(20_000);
const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length, Expect: '100-continue' };

const request = http.request(`${BASE_URL}/uploads`, { method: 'POST', headers });
request.on('continue', () => request.end(body));
request.on('response', (response) => {
  console.log(`POST /uploads: ${response.statusCode}; the upload failed`);
  request.destroy();
});
