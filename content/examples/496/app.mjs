import express from 'express';

const app = express();

// nginx: ssl_verify_client optional; proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
function requireClientCertificate(req, res, next) {
  const verify = req.get('X-SSL-Client-Verify') ?? 'NONE';
  if (verify !== 'SUCCESS') {
    // NONE means no certificate was sent; the registered refusal is 403.
    return res.status(403).json({ error: 'This path requires a client certificate', detail: verify });
  }
  next();
}

app.get('/status', async (req, res) => {
  res.json({ status: 'ok' }); // public: no certificate needed
});

app.get('/admin/reports', requireClientCertificate, async (req, res) => {
  res.json([{ id: 1, title: 'Q3' }]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
