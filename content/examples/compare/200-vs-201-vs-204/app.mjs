import express from 'express';

const app = express();
app.use(express.json());
const notes = new Map([[1, { id: 1, text: 'Buy milk' }]]);
let nextId = 2;

app.get('/notes/:id', (req, res) => {
  const note = notes.get(Number(req.params.id));
  if (!note) return res.status(404).json({ error: 'Note not found' });
  res.status(200).json(note); // 200: here is what you asked for, with Express's ETag for revalidation
});

app.post('/notes', (req, res) => {
  const text = req.body?.text;
  if (typeof text !== 'string' || text.trim() === '') {
    return res.status(422).json({ errors: { text: 'must not be empty' } });
  }
  const note = { id: nextId++, text };
  notes.set(note.id, note);
  // 201: something new exists, and Location says where
  res.status(201).location(`/notes/${note.id}`).json(note);
});

app.delete('/notes/:id', (req, res) => {
  if (!notes.delete(Number(req.params.id))) return res.status(404).json({ error: 'Note not found' });
  res.status(204).end(); // 204: done, and there is nothing to send back
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
