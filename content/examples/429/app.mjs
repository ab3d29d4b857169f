import express from 'express';

const app = express();
const LIMIT = 3; // requests per client per minute
const WINDOW_MS = 60_000;
const windows = new Map(); // client IP -> { start, count }

function rateLimit(req, res, next) {
  const now = Date.now();
  const previous = windows.get(req.ip);
  const current = previous && now - previous.start < WINDOW_MS ? previous : { start: now, count: 0 };
  current.count += 1;
  windows.set(req.ip, current);
  if (current.count > LIMIT) {
    const seconds = Math.ceil((current.start + WINDOW_MS - now) / 1000);
    res.set('Retry-After', String(seconds)); // when this client's window ends
    return res.status(429).json({ error: `At most ${LIMIT} requests per minute` });
  }
  next();
}

app.get('/search', rateLimit, async (req, res) => {
  res.json({ query: req.query.q, results: [] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
