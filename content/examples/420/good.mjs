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
    // Right: the registered code, and the seconds until the oldest search leaves the window.
    res.set('Retry-After', String(Math.ceil((times[0] + 60_000 - now) / 1000)));
    return res.status(429).json({ error: `At most ${LIMIT} searches per minute` });
  }
  res.json({ query: req.query.q, results: [] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
