import express from 'express';

// An origin that speaks plain HTTP only, like a server with no certificate set up for HTTPS.
const origin = express();
origin.get('/*path', async (req, res) => res.json([{ id: 1, total: 42 }]));
const originServer = origin.listen(0, '127.0.0.1');

const app = express();

app.get('/orders', async (req, res) => {
  const { port } = originServer.address();
  let upstream;
  try {
    upstream = await fetch(`https://127.0.0.1:${port}/orders`);
  } catch (err) {
    // Right: a failed handshake is an error to fix, never a reason to drop encryption.
    console.error('TLS to the order service failed:', err.cause?.code ?? err.message);
    return res.status(502).json({ error: 'The order service could not be reached securely' });
  }
  if (!upstream.ok) return res.status(upstream.status).json({ error: upstream.statusText }); // its own error: relay it
  res.json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
