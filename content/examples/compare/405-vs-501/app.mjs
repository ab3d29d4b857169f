import express from 'express';

const app = express();
const products = [{ id: 1, name: 'Kettle' }, { id: 2, name: 'Teapot' }];
const cart = new Map([[1, 2]]); // product id → quantity
// The methods some resource here supports; none of WebDAV's (PROPFIND, MKCOL, LOCK…).
const IMPLEMENTED = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

// 1. A method the server implements for no resource at all: 501, whatever the URL.
app.use((req, res, next) => {
  if (IMPLEMENTED.has(req.method)) return next();
  res.status(501).json({ error: `${req.method} is not implemented by this server` });
});

// 2. A method the server implements, but not for this resource: 405, with Allow.
//    Without the .all() handler, Express would answer 404 ("Cannot DELETE /products").
//    .all() would also catch OPTIONS, which Express otherwise answers by itself, so handle it first.
const productsAllow = 'GET, HEAD, OPTIONS';
app
  .route('/products')
  .get((req, res) => res.json(products))
  .options((req, res) => res.set('Allow', productsAllow).status(204).end())
  .all((req, res) => {
    res.set('Allow', productsAllow);
    res.status(405).json({ error: `${req.method} is not allowed on /products` });
  });

app.delete('/cart', (req, res) => {
  cart.clear();
  res.status(204).end();
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
