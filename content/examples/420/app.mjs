import express from 'express';

const app = express();

// Plays an old upstream API that still says "slow down" with 420.
app.get('/legacy/search', async (req, res) => {
  res.statusMessage = 'Enhance Your Calm';
  res.status(420).set('Retry-After', '60').json({ error: 'Enhance Your Calm' });
});

app.get('/search', async (req, res) => {
  const url = `http://127.0.0.1:${server.address().port}/legacy/search?q=${encodeURIComponent(req.query.q ?? '')}`;
  const upstream = await fetch(url);
  if (upstream.status === 420 || upstream.status === 429) {
    // Pass the limit on in the registered form, with the upstream's wait.
    res.set('Retry-After', upstream.headers.get('Retry-After') ?? '60');
    return res.status(429).json({ error: 'The search provider is rate limiting us; try again later' });
  }
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
