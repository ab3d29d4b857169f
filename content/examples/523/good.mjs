import express from 'express';

const app = express();
const INVENTORY_API = 'http://127.0.0.1:3'; // nothing can be reached here

app.get('/stock/:sku', async (req, res) => {
  try {
    const upstream = await fetch(`${INVENTORY_API}/stock/${req.params.sku}`);
    res.status(upstream.status).json(await upstream.json());
  } catch {
    // Right: a gateway that cannot reach its upstream answers the registered 502.
    res.status(502).json({ error: 'The inventory service cannot be reached' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
