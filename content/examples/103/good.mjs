import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';

const app = express();
const stylesheet = '</style.css>; rel=preload; as=style';
const page = '<!doctype html><link rel="stylesheet" href="/style.css"><h1>Dashboard</h1>';

app.get('/dashboard', async (req, res) => {
  res.writeEarlyHints({ link: stylesheet });
  await sleep(500);
  // Right: the final response repeats the hint; the 103 only sent it early.
  res.set('Link', stylesheet).type('html').send(page);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
