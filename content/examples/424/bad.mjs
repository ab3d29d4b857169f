import express from 'express';

const app = express();
app.use(express.json());
const PAYMENTS = 'http://127.0.0.1:3'; // nothing listens here: the payment service is down

app.post('/orders', async (req, res) => {
  try {
    await fetch(`${PAYMENTS}/charges`, { method: 'POST', body: JSON.stringify(req.body) });
  } catch {
    // Wrong: a 4xx blames the client, but its request was fine; a service behind us failed.
    return res.status(424).json({ error: 'Payment service unavailable' });
  }
  res.status(201).json({ status: 'paid' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
