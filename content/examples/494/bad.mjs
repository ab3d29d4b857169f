import express from 'express';

const app = express();
app.use(express.json());

app.post('/cart/items', async (req, res) => {
  const match = /(?:^|;\s*)cart=([^;]+)/.exec(req.get('Cookie') ?? '');
  const cart = match ? JSON.parse(decodeURIComponent(match[1])) : [];
  cart.push(req.body.sku);
  // Wrong: the whole cart travels in a cookie that grows with every item.
  res.cookie('cart', JSON.stringify(cart));
  res.json({ items: cart });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
