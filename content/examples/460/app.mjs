import express from 'express';

const app = express();
const jobs = new Map(); // job id -> { status, url }

app.post('/exports', async (req, res) => {
  const id = jobs.size + 1;
  jobs.set(id, { status: 'running' });
  // The slow part runs after the response; a real app hands it to a job queue.
  setTimeout(() => jobs.set(id, { status: 'done', url: `/files/export-${id}.csv` }), 5_000);
  res.status(202).location(`/exports/${id}`).json({ id, status: 'running', check: `/exports/${id}` });
});

app.get('/exports/:id', async (req, res) => {
  const job = jobs.get(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'No such export' });
  res.json(job);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
