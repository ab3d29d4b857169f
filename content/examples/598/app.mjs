import { createServer } from 'node:net';
import express from 'express';

// An upstream that accepts connections and never answers, like a hung backend.
const hung = createServer(() => {}).listen(0, '127.0.0.1');

const app = express();

app.get('/search', async (req, res) => {
  try {
    const upstream = await fetch(`http://127.0.0.1:${hung.address().port}/search`, {
      signal: AbortSignal.timeout(300), // your read timeout; real ones are seconds, not milliseconds
    });
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    if (err.name !== 'TimeoutError') throw err;
    // Connected, but no response in time: the registered code for that is 504.
    res.status(504).json({ error: 'The search service did not answer in time' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
