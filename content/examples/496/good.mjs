import express from 'express';

const app = express();
const PUBLIC_PATHS = new Set(['/healthz']);

// Right: the health check works without a certificate; everything else needs one.
app.use((req, res, next) => {
  if (!PUBLIC_PATHS.has(req.path) && req.get('X-SSL-Client-Verify') !== 'SUCCESS') {
    return res.status(403).json({ error: 'A client certificate is required' });
  }
  next();
});

app.get('/healthz', async (req, res) => {
  res.json({ status: 'ok' });
});

app.get('/admin/reports', async (req, res) => {
  res.json([{ id: 1, title: 'Q3' }]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
