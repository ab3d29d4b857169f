import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';

const app = express();

app.post('/imports', async (req, res) => {
  // This import is known to be slow: tell the client the request is being worked on,
  // unless it speaks HTTP/1.0, which has no 1xx responses (RFC 9110 §15.2).
  const interim = req.httpVersion !== '1.0';
  if (interim) res.writeProcessing();
  const reminder = interim ? setInterval(() => res.writeProcessing(), 20_000) : undefined;
  await sleep(1000); // stands in for the slow import
  clearInterval(reminder);
  res.json({ imported: 3 }); // the final response still has to come
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
