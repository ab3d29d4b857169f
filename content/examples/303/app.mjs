import express from 'express';

const app = express();
const orders = new Map();

app.use(express.urlencoded());

app.post('/orders', async (req, res) => {
  const id = 1001 + orders.size;
  orders.set(id, { id, item: req.body.item });
  // Post/Redirect/Get: the browser fetches the result with a GET, so a reload can't reorder.
  res.redirect(303, `/orders/${id}`);
});

app.get('/orders/:id', async (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).send('Order not found');
  res.send(`Order ${order.id}: ${order.item}`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
