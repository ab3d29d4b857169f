import { createServer } from 'node:net';
import express from 'express';

// An upstream that accepts connections and never answers, like a hung backend.
const hung = createServer(() => {}).listen(0, '127.0.0.1');

const app = express();

app.get('/search', async (req, res) => {
  try {
    const upstream = await fetch(`http://127.0.0.1:${hung.address().port}/search`, {
      signal: AbortSignal.timeout(300),
    });
    res.status(upstream.status).json(await upstream.json());
  } catch {
    // Wrong: 408 says the client was too slow sending its request; it was the upstream that stalled.
    res.status(408).json({ error: 'Request timed out' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
