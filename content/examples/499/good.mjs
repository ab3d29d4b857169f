import express from 'express';

const app = express();

// Stands in for a slow service behind this one.
app.get('/upstream/report', async (req, res) => {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  res.json({ year: 2025, total: 42 });
});

app.get('/report', async (req, res) => {
  try {
    // Right: a deadline below the clients' timeouts, then an answer they can act on.
    const upstream = await fetch(`http://127.0.0.1:${server.address().port}/upstream/report`, { signal: AbortSignal.timeout(1_000) });
    res.status(upstream.status).json(await upstream.json());
  } catch {
    res.status(504).json({ error: 'The report service did not answer in time' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
