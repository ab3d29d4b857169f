import express from 'express';

const app = express();
const reports = new Map();
const DEADLINE_MS = 500; // answer well inside the CDN's timeout (Cloudflare's is 120 s by default)

function buildReport() {
  return new Promise((resolve) => setTimeout(() => resolve({ status: 'done', rows: 1200 }), 5000));
}

app.post('/reports', async (req, res) => {
  const id = String(reports.size + 1);
  reports.set(id, { status: 'running' });
  const job = buildReport().then((report) => reports.set(id, report));
  const late = new Promise((resolve) => setTimeout(resolve, DEADLINE_MS, 'late'));
  if ((await Promise.race([job, late])) === 'late') {
    // Not finished in time: hand back a URL to poll instead of keeping the request open.
    return res.status(202).location(`/reports/${id}`).json(reports.get(id));
  }
  res.status(201).location(`/reports/${id}`).json(reports.get(id));
});

app.get('/reports/:id', async (req, res) => {
  const report = reports.get(req.params.id);
  if (!report) return res.status(404).json({ error: 'No such report' });
  res.json(report);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
