import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';

const app = express();
const stylesheet = '</style.css>; rel=preload; as=style';
const page = '<!doctype html><link rel="stylesheet" href="/style.css"><h1>Dashboard</h1>';

app.get('/dashboard', async (req, res) => {
  // No 1xx to an HTTP/1.0 client (RFC 9110 §15.2).
  if (req.httpVersionMajor > 1 || req.httpVersionMinor >= 1) {
    res.writeEarlyHints({ link: stylesheet });
  }
  await sleep(500);
  // Right: the final response repeats the hint; the 103 only sent it early.
  res.set('Link', stylesheet).type('html').send(page);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
