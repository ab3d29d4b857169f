import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
app.use(express.json());
// Someone else already saved version 2 of this document.
const documents = new Map([[1, { id: 1, version: 2, text: 'Edited by Bob' }]]);

app.put('/documents/:id', async (req, res) => {
  const id = Number(req.params.id);
  // Wrong: the client's version is ignored, so Bob's edit is silently overwritten.
  const doc = { id, version: documents.get(id).version + 1, text: req.body.text };
  documents.set(id, doc);
  res.json(doc);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
