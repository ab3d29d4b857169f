import express from 'express';

const app = express();

// Wrong: every path, the load balancer's health check included, needs a certificate.
app.use((req, res, next) => {
  if (req.get('X-SSL-Client-Verify') !== 'SUCCESS') {
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
