import express from 'express';

const app = express();
const maintenance = true; // in real life, a flag from the environment or a config store

// Registered before the routes, so it answers every request while the flag is on.
app.use((req, res, next) => {
  if (!maintenance) return next();
  res.set('Retry-After', '600'); // seconds; an HTTP date works too
  res.status(503).json({ error: 'Down for maintenance, back in about 10 minutes' });
});

app.get('/orders', async (req, res) => {
  res.json([{ id: 1, total: 42 }]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
