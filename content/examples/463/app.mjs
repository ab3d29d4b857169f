import express from 'express';

const app = express();
const MAX_HOPS = 30; // the limit AWS's load balancer applies

app.use((req, res, next) => {
  const hops = (req.get('X-Forwarded-For') ?? '').split(',').filter((entry) => entry.trim() !== '');
  if (hops.length > MAX_HOPS) {
    // One header field is too large: 431, and the body names the field.
    return res.status(431).json({ error: `X-Forwarded-For lists ${hops.length} addresses; at most ${MAX_HOPS} are accepted` });
  }
  next();
});

app.get('/orders', async (req, res) => {
  res.json([{ id: 1, total: 42 }]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
