import express from 'express';

// A second copy of the service at another address, standing in for a fallback origin.
const fallback = express();
fallback.get('/catalog', async (req, res) => res.json([{ sku: 'A-1', name: 'Desk lamp' }]));
const fallbackServer = fallback.listen(0, '127.0.0.1');

const app = express();

app.get('/catalog', async (req, res) => {
  // Port 3 refuses connections here: a stand-in for a primary origin with no route to it.
  const origins = ['http://127.0.0.1:3', `http://127.0.0.1:${fallbackServer.address().port}`];
  for (const origin of origins) {
    let upstream;
    try {
      upstream = await fetch(`${origin}/catalog`);
    } catch (err) {
      console.error(`${origin} unreachable (${err.cause?.code ?? err.message}), trying the next origin`);
      continue;
    }
    // Reached: its answer, an error too, is relayed; only an unreachable origin is skipped.
    if (!upstream.ok) return res.status(upstream.status).json({ error: upstream.statusText });
    return res.json(await upstream.json());
  }
  res.status(502).json({ error: 'No origin could be reached' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
