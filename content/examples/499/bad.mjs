import express from 'express';

const app = express();

// Stands in for a slow service behind this one.
app.get('/upstream/report', async (req, res) => {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  res.json({ year: 2025, total: 42 });
});

app.get('/report', async (req, res) => {
  // Wrong: no deadline, so the client waits as long as the upstream takes.
  const upstream = await fetch(`http://127.0.0.1:${server.address().port}/upstream/report`);
  res.status(upstream.status).json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
