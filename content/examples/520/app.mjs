import express from 'express';

// A stand-in for a partner API behind Cloudflare whose origin sent back something unusable.
const partner = express();
partner.get('/*path', async (req, res) => res.status(520).type('text').send('error code: 520'));
const partnerServer = partner.listen(0, '127.0.0.1');

const app = express();

app.get('/rates', async (req, res) => {
  const upstream = await fetch(`http://127.0.0.1:${partnerServer.address().port}/v1/rates`);
  if (upstream.status >= 500) {
    // Report the partner's failure to your own clients as 502; don't pass 520 along.
    console.error(`rates API answered ${upstream.status}: ${await upstream.text()}`);
    return res.status(502).json({ error: 'The rates service failed; try again shortly' });
  }
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
