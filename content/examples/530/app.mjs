import express from 'express';

// A stand-in for a partner API behind Cloudflare whose origin hostname no longer resolves.
const partner = express();
partner.get('/*path', async (req, res) => res.status(530).type('text').send('error code: 1016'));
const partnerServer = partner.listen(0, '127.0.0.1');

const app = express();

app.get('/weather/:city', async (req, res) => {
  const upstream = await fetch(`http://127.0.0.1:${partnerServer.address().port}/v1/${req.params.city}`);
  if (upstream.status >= 500) {
    // With 530 the real cause is the 1xxx code in the body (1016: origin DNS error); log it.
    const detail = upstream.status === 530 ? ` (${await upstream.text()})` : '';
    console.error(`weather API answered ${upstream.status}${detail}`);
    return res.status(502).json({ error: 'The weather service is unavailable' });
  }
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
