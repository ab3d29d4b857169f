// Uploads with Expect: 100-continue: sends the body after 100 Continue, and never after a final answer that came first.
// fetch cannot wait for 100 Continue (undici rejects the Expect header), so this uses node:http.
import http from 'node:http';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

function upload(path, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body), Expect: '100-continue' };
    const request = http.request(BASE_URL + path, { method: 'PUT', headers }).on('error', reject);
    const send = (why) => {
      if (request.writableEnded) return; // already sent after the wait
      console.log(`PUT ${path}: ${why}; sending ${headers['Content-Length']} bytes`);
      request.end(body);
    };
    const timer = setTimeout(() => send('no answer for 5 seconds'), 5000); // a 100 may never come: send anyway
    request.on('continue', () => {
      clearTimeout(timer);
      send('100 Continue');
    });
    request.on('response', async (response) => {
      clearTimeout(timer);
      let text = '';
      for await (const chunk of response) text += chunk;
      const sent = request.writableEnded; // false when the final answer came before 100 Continue
      if (!sent) request.destroy(); // the server expects the body on this connection: close it
      resolve({ status: response.statusCode, text, sent });
    });
  });
}

for (const [path, body] of [['/files/notes.txt', 'Buy milk, renew the TLS certificate.\n'], ['/files/backup.tar', 'x'.repeat(50_000)]]) {
  const answer = await upload(path, body);
  if (answer.status === 201) console.log(`PUT ${path}: 201 ${answer.text}`);
  else console.log(`PUT ${path}: ${answer.status} ${answer.text}; the body was ${answer.sent ? 'sent' : 'never sent'}`);
}
