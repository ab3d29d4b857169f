// Wrong: asks for 100 Continue, then writes the body at once instead of waiting for it.
import http from 'node:http';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const body = 'Buy milk, renew the TLS certificate.\n';
const headers = { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body), Expect: '100-continue' };

const request = http.request(`${BASE_URL}/files/notes.txt`, { method: 'PUT', headers });
request.end(body);
request.on('response', async (response) => {
  let text = '';
  for await (const chunk of response) text += chunk;
  console.log(`PUT /files/notes.txt: ${response.statusCode} ${text}`);
});
