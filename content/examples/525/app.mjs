import express from 'express';

// An origin that speaks plain HTTP only, like a server with no certificate set up for HTTPS.
const origin = express();
origin.get('/*path', async (req, res) => res.json([{ id: 1, total: 42 }]));
const originServer = origin.listen(0, '127.0.0.1');

const app = express();

app.get('/orders', async (req, res) => {
  let upstream;
  try {
    upstream = await fetch(`https://127.0.0.1:${originServer.address().port}/orders`);
  } catch (err) {
    // The TLS handshake failed, the failure Cloudflare reports as 525: your clients get 502.
    console.error('TLS to the order service failed:', err.cause?.code ?? err.message);
    return res.status(502).json({ error: 'The order service could not be reached securely' });
  }
  // The handshake worked and the order service answered with an error status: pass it on.
  if (!upstream.ok) return res.status(upstream.status).json({ error: `The order service answered ${upstream.status}` });
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
