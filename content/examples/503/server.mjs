import express from 'express';

// Made to try the clients with: /orders is overloaded twice, /reports down for an hour.
const app = express();
let orderRequests = 0;

app.get('/orders', async (req, res) => {
  orderRequests += 1;
  const overloaded = { error: 'Overloaded, try again shortly' };
  if (orderRequests === 1) return res.status(503).set('Retry-After', '1').json(overloaded);
  if (orderRequests === 2) {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString(); // an HTTP date
    return res.status(503).set('Retry-After', inTwoSeconds).json(overloaded);
  }
  res.json([{ id: 1, total: 42 }]);
});

app.get('/reports', async (req, res) => {
  const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
  res.status(503).set('Retry-After', inAnHour).json({ error: 'Down for maintenance for an hour' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
