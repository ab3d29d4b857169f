import express from 'express';

const app = express();
// Express would tag every body, the error messages too, with an ETag of its own; this API sends none.
app.set('etag', false);
app.use(express.json());
const documents = new Map([[7, { title: 'Q3 draft', version: 3 }]]);
const etagOf = (doc) => `"v${doc.version}"`;
// If-Match holds for "*" or when one of its ETags is the current one, compared strongly (RFC 9110 §13.1.1).
const ifMatchHolds = (ifMatch, etag) => ifMatch.split(',').some((tag) => ['*', etag].includes(tag.trim()));

app.get('/documents/:id', async (req, res) => {
  const doc = documents.get(Number(req.params.id));
  if (!doc) return res.status(404).json({ error: 'No such document' });
  res.set('ETag', etagOf(doc)).json(doc);
});

app.put('/documents/:id', async (req, res) => {
  const doc = documents.get(Number(req.params.id));
  if (!doc) return res.status(404).json({ error: 'No such document' });
  const ifMatch = req.get('If-Match');
  if (!ifMatch) {
    // Say exactly what to add, with a registered code instead of 449.
    return res.status(428).json({ error: 'Send If-Match with the ETag from your last GET' });
  }
  if (!ifMatchHolds(ifMatch, etagOf(doc))) {
    return res.status(412).json({ error: 'The document changed since you loaded it' });
  }
  Object.assign(doc, { title: req.body.title, version: doc.version + 1 });
  // No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
  res.json(doc);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
