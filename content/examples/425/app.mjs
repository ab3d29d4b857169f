import express from 'express';

const app = express();
app.use(express.json());
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

// The TLS proxy in front (such as nginx with ssl_early_data on and
// proxy_set_header Early-Data $ssl_early_data) adds Early-Data: 1 to
// requests that arrived before the handshake finished; any value counts.
app.use((req, res, next) => {
  if (req.get('Early-Data') !== undefined && !safeMethods.has(req.method)) {
    const error = 'Possibly replayed; send it again after the TLS handshake';
    return res.status(425).json({ error });
  }
  next();
});

app.get('/products', async (req, res) => {
  res.json([{ id: 1, name: 'Teapot' }]);
});

app.post('/orders', async (req, res) => {
  res.status(201).json({ id: 1001, ...req.body });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
