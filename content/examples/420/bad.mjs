import express from 'express';

const app = express();
const LIMIT = 2; // searches per client per minute
const recent = new Map(); // client IP -> timestamps of recent searches

app.get('/search', async (req, res) => {
  const now = Date.now();
  const times = (recent.get(req.ip) ?? []).filter((t) => now - t < 60_000);
  times.push(now);
  recent.set(req.ip, times);
  if (times.length > LIMIT) {
    // Wrong: a code only Twitter's old API used, and no hint when to come back.
    res.statusMessage = 'Enhance Your Calm';
    return res.status(420).json({ error: 'Enhance your calm' });
  }
  res.json({ query: req.query.q, results: [] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
