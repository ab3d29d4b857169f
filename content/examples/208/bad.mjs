import express from 'express';

const app = express();
const payments = new Map(); // Idempotency-Key -> payment

app.post('/payments', express.json(), async (req, res) => {
  const key = req.get('Idempotency-Key');
  if (payments.has(key)) {
    // Wrong: 208 only has a meaning inside a WebDAV 207 body.
    return res.status(208).json(payments.get(key));
  }
  const payment = { id: payments.size + 1, amount: req.body.amount };
  payments.set(key, payment);
  res.status(201).location(`/payments/${payment.id}`).json(payment);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
