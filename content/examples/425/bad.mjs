import express from 'express';

const app = express();
app.use(express.json());
let charged = 0;

// Wrong: the payment runs even when it arrived in early data, which an attacker can replay.
app.post('/payments', async (req, res) => {
  charged += req.body.amount;
  res.status(201).json({ charged });
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
