import express from 'express';
import { connect } from 'node:net';

const app = express();
const LIMIT = 5; // requests per API key per minute
const WINDOW_MS = 60_000;
const windows = new Map(); // API key -> { start, count }
const DATABASE = { host: '127.0.0.1', port: 3 }; // down: nothing listens here

// 1. This client's rate: every route counts against the caller's own key.
app.use((req, res, next) => {
  const key = req.get('X-API-Key') ?? req.ip;
  const now = Date.now();
  const previous = windows.get(key);
  const current = previous && now - previous.start < WINDOW_MS ? previous : { start: now, count: 0 };
  current.count += 1;
  windows.set(key, current);
  if (current.count > LIMIT) {
    res.set('Retry-After', String(Math.ceil((current.start + WINDOW_MS - now) / 1000)));
    return res.status(429).json({ error: `At most ${LIMIT} requests per minute per key` });
  }
  next();
});

// Search is served from an in-memory index and works without the database.
app.get('/search', async (req, res) => {
  res.json({ query: req.query.q, results: [] });
});

// 2. The server's state: orders need the database, whoever is asking.
app.get('/orders', async (req, res) => {
  try {
    await new Promise((resolve, reject) => {
      // Stands in for a database query: it fails when the database cannot be reached.
      const socket = connect(DATABASE, () => {
        socket.end();
        resolve();
      });
      socket.once('error', reject);
    });
    res.json([{ id: 1, total: 42 }]);
  } catch {
    res.set('Retry-After', '30');
    res.status(503).json({ error: 'The order database is unavailable; try again in 30 seconds' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
