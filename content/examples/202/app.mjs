import express from 'express';

const app = express();
const jobs = new Map();

app.post('/exports', async (req, res) => {
  const job = { id: jobs.size + 1, status: 'queued' };
  jobs.set(job.id, job);
  setTimeout(() => (job.status = 'done'), 5000); // stands in for a background worker
  // 202: accepted but not done; Location says where to check on it.
  res.status(202).location(`/exports/${job.id}`).json(job);
});

app.get('/exports/:id', async (req, res) => {
  const job = jobs.get(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'Export not found' });
  res.json(job);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
