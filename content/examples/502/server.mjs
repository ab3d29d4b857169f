import express from 'express';

// Made to try the clients with: GET /api/stock fails three times, POST /api/orders every time.
const app = express();
let stockRequests = 0;
const badGateway = { error: 'The upstream service did not answer properly' };

app.get('/api/stock', async (req, res) => {
  stockRequests += 1;
  if (stockRequests <= 3) return res.status(502).json(badGateway);
  res.json({ item: 'teapot', inStock: 12 });
});

// The upstream may have placed the order before its connection broke.
app.post('/api/orders', async (req, res) => {
  res.status(502).json(badGateway);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
