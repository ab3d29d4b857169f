import express from 'express';

const app = express();
const INVENTORY_API = 'http://127.0.0.1:3'; // nothing can be reached here

app.get('/stock/:sku', async (req, res) => {
  let upstream;
  try {
    upstream = await fetch(`${INVENTORY_API}/stock/${req.params.sku}`);
  } catch {
    // Right: a gateway that cannot reach its upstream answers the registered 502.
    return res.status(502).json({ error: 'The inventory service cannot be reached' });
  }
  if (!upstream.ok) return res.status(upstream.status).json({ error: upstream.statusText }); // its own error: relay it
  res.json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
