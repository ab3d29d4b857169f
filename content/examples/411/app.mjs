import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
const files = new Map();
const quota = 10 * 1024 * 1024;

app.put('/files/:name', async (req, res) => {
  // The size must be known before the upload starts, to check it against the quota.
  if (req.get('Content-Length') === undefined) {
    return res.status(411).json({ error: 'Send the file with a Content-Length header' });
  }
  if (Number(req.get('Content-Length')) > quota) {
    return res.status(413).json({ error: 'Files can be at most 10 MB' });
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  files.set(req.params.name, Buffer.concat(chunks));
  res.status(201).location(`/files/${req.params.name}`).json({ bytes: files.get(req.params.name).length });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
