import express from 'express';

const app = express();
const notes = [];

app.use(express.json({ limit: '100b' })); // tiny, so the example request exceeds it; the default is 100kb

app.post('/notes', async (req, res) => {
  const note = { id: notes.length + 1, text: req.body.text };
  notes.push(note);
  res.status(201).json(note);
});

// express.json() rejects a larger body with an error whose status is 413.
app.use((err, req, res, next) => {
  if (err.type !== 'entity.too.large') return next(err);
  res.status(413).json({ error: `The body may be at most ${err.limit} bytes` });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
