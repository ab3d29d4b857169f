import express from 'express';

const app = express();
app.use(express.json());
let charged = 0;

app.post('/payments', async (req, res) => {
  if (req.get('Early-Data') !== undefined) {
    // Right: refuse it; the client sends it again once the handshake is complete.
    return res.status(425).json({ error: 'Send this payment again after the TLS handshake' });
  }
  charged += req.body.amount;
  res.status(201).json({ charged });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
