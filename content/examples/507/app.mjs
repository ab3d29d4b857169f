import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
const CAPACITY = 1_000_000; // bytes this volume can hold
const files = new Map([['backup.tar', 999_990]]); // name -> size: the volume is nearly full

app.put('/files/:name', async (req, res) => {
  const used = [...files.values()].reduce((sum, size) => sum + size, 0);
  const size = Number(req.get('Content-Length') ?? 0);
  if (used + size > CAPACITY) {
    // The declared size is enough to refuse the upload before storing anything.
    return res.status(507).json({ error: 'Not enough storage space', freeBytes: CAPACITY - used });
  }
  files.set(req.params.name, size);
  res.status(201).location(`/files/${req.params.name}`).json({ name: req.params.name, size });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
