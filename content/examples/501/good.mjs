import express from 'express';

const app = express();
const notes = new Map([[1, { id: 1, title: 'Groceries' }]]);
const reports = new Map([[7, { id: 7, title: 'Q3 sales' }]]);

app.delete('/notes/:id', async (req, res) => {
  notes.delete(Number(req.params.id));
  res.sendStatus(204);
});

app.get('/reports/:id', async (req, res) => {
  res.json(reports.get(Number(req.params.id)));
});

app.delete('/reports/:id', async (req, res) => {
  // Right: a known method this resource refuses is 405, with the methods it allows.
  res.set('Allow', 'GET, HEAD').status(405).json({ error: 'Reports are read-only' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
