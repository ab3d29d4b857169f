import express from 'express';

// A stand-in for a partner API behind Cloudflare whose origin hostname no longer resolves.
const partner = express();
partner.get('/*path', async (req, res) => res.status(530).type('text').send('error code: 1016'));
const partnerServer = partner.listen(0, '127.0.0.1');

const app = express();
const UPSTREAM_ERRORS = [500, 502, 503, 504];

app.get('/weather/:city', async (req, res) => {
  const upstream = await fetch(`http://127.0.0.1:${partnerServer.address().port}/v1/${req.params.city}`);
  // Wrong: only the codes someone thought of count as errors; a 530 slips through as data.
  if (UPSTREAM_ERRORS.includes(upstream.status)) {
    return res.status(502).json({ error: 'The weather service is unavailable' });
  }
  res.json({ forecast: await upstream.text() });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
