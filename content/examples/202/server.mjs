import express from 'express';

// Made to try the clients with: export 1 is still running at the first poll, and done at the second.
const app = express();
let polls = 0;

app.post('/exports', async (req, res) => {
  res.status(202).location('/exports/1/status').set('Retry-After', '1').json({ status: 'queued' });
});

app.get('/exports/1/status', async (req, res) => {
  polls += 1;
  if (polls < 2) return res.set('Retry-After', '1').json({ status: 'running' });
  res.redirect(303, '/exports/1');
});

app.get('/exports/1', async (req, res) => {
  res.json({ id: 1, rows: 42 });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
