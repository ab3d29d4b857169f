import express from 'express';

const app = express();
const UPSTREAM = 'http://127.0.0.1:3'; // nothing listens here, like a crashed backend

// A tiny gateway: /api/... is forwarded to the upstream, and its answer relayed.
app.get('/api/*path', async (req, res) => {
  try {
    const upstream = await fetch(UPSTREAM + req.originalUrl);
    // The upstream's own error (a 404, a 503) is relayed with its status.
    if (!upstream.ok) return res.status(upstream.status).json({ error: upstream.statusText });
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    // No connection, a reset, or a success that is not JSON: the upstream failed, not us.
    console.error('upstream failed:', err.cause?.code ?? err.message);
    res.status(502).json({ error: 'The upstream service did not answer properly' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
