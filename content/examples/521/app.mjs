import express from 'express';

const app = express();
const startedAt = Date.now();

// Probe this at the origin's own address, not through Cloudflare, so a stopped server
// pages you before visitors see 521.
app.get('/healthz', async (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
