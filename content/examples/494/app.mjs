import express from 'express';

const app = express();
app.use(express.json());
const carts = new Map(); // session ID -> items; the cart stays on the server

app.post('/cart/items', async (req, res) => {
  let sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.get('Cookie') ?? '')?.[1];
  if (!carts.has(sid)) {
    sid = String(carts.size + 1); // a real app uses a long random ID
    carts.set(sid, []);
    // The browser only ever sends this short ID, however full the cart gets.
    res.cookie('sid', sid, { httpOnly: true, sameSite: 'lax' });
  }
  carts.get(sid).push(req.body.sku);
  res.json({ items: carts.get(sid) });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
