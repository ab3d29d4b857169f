import express from 'express';

const app = express();
app.use(express.json());
let charged = 0;

// Wrong: the payment runs even when it arrived in early data, which an attacker can replay.
app.post('/payments', async (req, res) => {
  charged += req.body.amount;
  res.status(201).json({ charged });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
