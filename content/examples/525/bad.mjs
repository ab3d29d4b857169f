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
  } catch {
    // Wrong: when TLS fails, quietly fall back to unencrypted HTTP.
    upstream = await fetch(`http://127.0.0.1:${port}/orders`);
  }
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
