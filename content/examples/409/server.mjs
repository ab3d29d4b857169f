import express from 'express';

// Made to try the clients with: someone else edits document 1 just before the client's first save.
const app = express();
app.set('etag', false); // the version travels in the body, so no ETag
app.use(express.json());
const doc = { version: 1, title: 'Draft', tags: [] };

app.get('/documents/1', async (req, res) => {
  res.json(doc);
});

app.put('/documents/1', async (req, res) => {
  if (doc.version === 1) Object.assign(doc, { version: 2, tags: ['http'] }); // the other user's edit, just in time
  if (req.body.version !== doc.version) {
    return res.status(409).json({ error: `Version ${req.body.version} is out of date` });
  }
  Object.assign(doc, req.body, { version: doc.version + 1 });
  res.json(doc);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
