import express from 'express';

const app = express();
app.set('etag', false); // the order's version is its entity tag, not a hash of each body
// Order 17 was at version 1 until it shipped; shipping made it version 2.
const orders = new Map([[17, { id: 17, status: 'shipped', version: 2 }]]);

app.patch('/orders/:id', express.json(), (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).json({ error: 'Order not found' });
  const etag = `"v${order.version}"`;
  // 1. Precondition: is the copy the client edited still the current version?
  const ifMatch = req.get('If-Match')?.split(',').map((tag) => tag.trim());
  if (ifMatch && !ifMatch.includes(etag) && !ifMatch.includes('*')) {
    return res.status(412).json({ error: 'The order has changed since you read it', currentETag: etag });
  }
  // 2. State: does the change make sense for the order as it is now?
  const { status } = req.body ?? {};
  if (status === 'cancelled' && order.status === 'shipped') {
    return res.status(409).json({ error: 'The order has shipped and can no longer be cancelled', status: order.status });
  }
  Object.assign(order, { status, version: order.version + 1 });
  res.set('ETag', `"v${order.version}"`).json(order);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
