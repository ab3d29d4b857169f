import express from 'express';

const app = express();
app.use(express.urlencoded());
const orders = new Map();
let nextId = 17;

// The account page needs a session. Signed-out visitors sign in first, and
// /account stays the page's URL: a temporary redirect, 302.
app.get('/account', (req, res) => {
  if (!req.get('Cookie')?.includes('session=')) return res.redirect(302, '/login');
  res.send('Your account');
});

// The order form posts here. The result is another resource, the new order,
// which the browser loads with GET, so a reload cannot order twice: 303.
app.post('/orders', (req, res) => {
  const id = nextId++;
  orders.set(id, { id, item: req.body?.item });
  res.redirect(303, `/orders/${id}`);
});

// Where the redirects lead.
app.get('/login', (req, res) => res.send('Sign in'));
app.get('/orders/:id', (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).send('Order not found');
  res.send(`Order ${order.id}: ${order.item}`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
