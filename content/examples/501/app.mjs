import express from 'express';

const app = express();
const notes = new Map([[1, { id: 1, title: 'Groceries' }]]);
// The methods this server implements for any resource; everything else gets 501.
const IMPLEMENTED = new Set(['GET', 'HEAD', 'OPTIONS']);

app.use((req, res, next) => {
  if (IMPLEMENTED.has(req.method)) return next();
  res.status(501).json({ error: `${req.method} is not implemented by this server` });
});

app.get('/notes/:id', async (req, res) => {
  const note = notes.get(Number(req.params.id));
  if (!note) return res.status(404).json({ error: 'Note not found' });
  res.json(note);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
