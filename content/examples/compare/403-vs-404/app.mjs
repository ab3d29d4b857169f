import express from 'express';

const app = express();
const usersByToken = new Map([
  ['token-ada', { name: 'Ada', account: 'acme', role: 'owner' }],
  ['token-bob', { name: 'Bob', account: 'acme', role: 'member' }],
]);
const invoices = new Map([
  ['1001', { id: '1001', account: 'acme', total: 120 }],
  ['1002', { id: '1002', account: 'globex', total: 980 }],
]);

app.use((req, res, next) => {
  const token = /^Bearer (.+)$/i.exec(req.get('Authorization') ?? '')?.[1];
  req.user = usersByToken.get(token);
  if (req.user) return next();
  // A token that was sent and refused gets error="invalid_token" (RFC 6750 §3.1).
  res.set('WWW-Authenticate', `Bearer realm="example"${token ? ', error="invalid_token"' : ''}`);
  res.status(401).json({ error: 'Sign in with a valid token' });
});

// 1. May this user know it exists? Another account's invoice gets the same 404 as a made-up ID.
app.all('/invoices/:id', (req, res, next) => {
  const invoice = invoices.get(req.params.id);
  if (invoice?.account !== req.user.account) {
    return res.status(404).json({ error: `No invoice ${req.params.id}` });
  }
  res.locals.invoice = invoice;
  next();
});

app.get('/invoices/:id', (req, res) => res.json(res.locals.invoice));

// 2. May this user delete it? Bob can already see the invoice, so a 403 reveals nothing.
app.delete('/invoices/:id', (req, res) => {
  if (req.user.role !== 'owner') {
    res.set('WWW-Authenticate', 'Bearer realm="example", error="insufficient_scope"'); // RFC 6750 §3
    return res.status(403).json({ error: 'Only account owners may delete invoices' });
  }
  invoices.delete(req.params.id);
  res.status(204).end();
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
