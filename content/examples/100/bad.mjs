import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
const files = new Map();

app.put('/files/:name', express.text(), async (req, res) => {
  // Wrong: Node sent 100 Continue before this check, so the whole body was uploaded for nothing.
  if (req.get('Authorization') !== 'Bearer secret-token') {
    return res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'Sign in first' });
  }
  files.set(req.params.name, req.body);
  res.status(201).json({ name: req.params.name, size: req.body.length });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
