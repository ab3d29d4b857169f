import express from 'express';

// A stand-in for a partner API behind Cloudflare that cannot reach its origin.
const partner = express();
partner.get('/*path', async (req, res) => res.status(522).type('text').send('error code: 522'));
const partnerServer = partner.listen(0, '127.0.0.1');

// Cloudflare's timeouts become 504 for your clients; its other origin errors, 502.
const TIMEOUTS = new Set([522, 524]);

const app = express();

app.get('/shipping/:id', async (req, res) => {
  const url = `http://127.0.0.1:${partnerServer.address().port}/v2/shipments/${req.params.id}`;
  const upstream = await fetch(url);
  if (upstream.status >= 500) {
    console.error(`carrier API answered ${upstream.status}`);
    const status = TIMEOUTS.has(upstream.status) ? 504 : 502;
    return res.status(status).set('Retry-After', '30').json({ error: 'The carrier did not respond; try again later' });
  }
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
