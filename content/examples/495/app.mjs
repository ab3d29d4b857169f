import express from 'express';

const app = express();

// nginx verifies the client certificate (ssl_verify_client optional), ends a request whose
// certificate fails (495, sent as 400), and passes the result on:
//   proxy_set_header X-SSL-Client-Verify $ssl_client_verify;
app.use('/api', (req, res, next) => {
  const verify = req.get('X-SSL-Client-Verify') ?? 'NONE';
  if (verify !== 'SUCCESS') {
    // A registered refusal, with what nginx reported ("NONE": no certificate).
    return res.status(403).json({ error: 'A valid client certificate is required', detail: verify });
  }
  next();
});

app.get('/api/orders', async (req, res) => {
  res.json([{ id: 1, total: 42 }]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
