import express from 'express';

const app = express();
const DEADLINE_MS = 1_000; // well below what clients and nginx wait

// Stands in for a slow service behind this one.
app.get('/upstream/report', async (req, res) => {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  res.json({ year: 2025, total: 42 });
});

app.get('/report', async (req, res) => {
  const clientGone = new AbortController();
  // The client hung up (nginx logs 499): stop the upstream work started for it.
  res.on('close', () => clientGone.abort());
  try {
    const signal = AbortSignal.any([clientGone.signal, AbortSignal.timeout(DEADLINE_MS)]);
    const upstream = await fetch(`http://127.0.0.1:${server.address().port}/upstream/report`, { signal });
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    if (clientGone.signal.aborted) return; // nobody left to answer
    res.status(504).json({ error: 'The report service did not answer in time' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
