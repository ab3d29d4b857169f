import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
app.use(express.text());
const documents = new Map([['/docs/report.txt', 'Q3 figures (draft)']]);
// A WebDAV write lock another client took with LOCK; its token is the key to writing.
const locks = new Map([['/docs/report.txt', 'urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6']]);

app.put('/docs/:name', async (req, res) => {
  const token = locks.get(req.path);
  if (token && !req.get('If')?.includes(`<${token}>`)) {
    // Locked, and this request does not carry the lock token: say which resource is locked.
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted><D:href>${req.path}</D:href></D:lock-token-submitted>
</D:error>`;
    return res.status(423).type('application/xml').send(xml);
  }
  documents.set(req.path, req.body);
  res.sendStatus(204);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
