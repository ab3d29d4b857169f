import express from 'express';

const app = express();
const LIMIT = 2; // reset emails per client per hour
const HOUR_MS = 60 * 60_000;
const sent = new Map(); // client IP -> { start, count }

app.post('/password-resets', async (req, res) => {
  const now = Date.now();
  const previous = sent.get(req.ip);
  const current = previous && now - previous.start < HOUR_MS ? previous : { start: now, count: 0 };
  current.count += 1;
  sent.set(req.ip, current);
  if (current.count > LIMIT) {
    // Wrong: the client learns "not now", but not when to try again.
    return res.status(429).json({ error: 'Too many requests' });
  }
  res.json({ message: 'If the account exists, a reset link is on its way' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
