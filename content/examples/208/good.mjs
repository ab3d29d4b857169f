import express from 'express';

const app = express();
const payments = new Map(); // Idempotency-Key -> payment

app.post('/payments', express.json(), async (req, res) => {
  const key = req.get('Idempotency-Key');
  if (!payments.has(key)) {
    payments.set(key, { id: payments.size + 1, amount: req.body.amount });
  }
  // Right: a retry gets the same answer as the first request, 201 included.
  const payment = payments.get(key);
  res.status(201).location(`/payments/${payment.id}`).json(payment);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
