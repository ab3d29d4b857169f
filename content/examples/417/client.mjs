// Uploads with Expect: 100-continue; after a 417 it sends the request again without the expectation.
// fetch cannot wait for 100 Continue (undici rejects the Expect header), so this uses node:http.
import http from 'node:http';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const body = Buffer.alloc(20_000);

function upload(path, expect) {
  return new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length, ...(expect && { Expect: '100-continue' }) };
    const request = http.request(BASE_URL + path, { method: 'POST', headers }).on('error', reject);
    const send = () => {
      clearTimeout(timer);
      if (!request.writableEnded) request.end(body);
    };
    const timer = setTimeout(send, expect ? 5000 : 0); // with Expect, wait 5 s at most for the 100
    request.on('continue', send);
    request.on('response', async (response) => {
      clearTimeout(timer);
      let text = '';
      for await (const chunk of response) text += chunk;
      if (!request.writableEnded) request.destroy(); // answered before the body: never send it, close the connection
      resolve({ status: response.statusCode, text });
    });
  });
}

let answer = await upload('/uploads', true);
if (answer.status === 417) {
  console.log(`POST /uploads with Expect: 100-continue: 417 ${answer.text}; sending it again without Expect`);
  answer = await upload('/uploads', false);
}
console.log(`POST /uploads: ${answer.status} ${answer.text}`);
