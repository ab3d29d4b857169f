import express from 'express';

const app = express();

// Stands in for a slow backend service: it takes 5 seconds to answer.
app.get('/upstream/daily-report', async (req, res) => {
  setTimeout(() => res.json({ date: '2026-03-01', orders: 1234 }), 5_000);
});

// The gateway: it forwards to the upstream, but waits at most 1 second.
app.get('/reports/daily', async (req, res) => {
  const url = `http://127.0.0.1:${req.socket.localPort}/upstream/daily-report`;
  try {
    const upstream = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    if (err.name === 'TimeoutError') {
      return res.status(504).json({ error: 'The report service did not answer within 1 s' });
    }
    res.status(502).json({ error: 'The report service did not answer properly' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
