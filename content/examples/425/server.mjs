import express from 'express';

// Made to try the clients with: the first POST /orders is refused as too early, POST /payments every time.
const app = express();
app.use(express.json());
let orderRequests = 0;

const tooEarly = (res) =>
  res.status(425).json({ error: 'Possibly replayed; send it again after the TLS handshake' });

app.post('/orders', async (req, res) => {
  orderRequests += 1;
  if (orderRequests === 1) return tooEarly(res);
  res.status(201).json({ id: 1001, ...req.body });
});

app.post('/payments', async (req, res) => tooEarly(res));

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
