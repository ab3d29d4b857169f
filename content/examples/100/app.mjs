import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
const files = new Map();

// Node has already answered `Expect: 100-continue` with 100 Continue when this runs.
app.put('/files/:name', express.text(), async (req, res) => {
  files.set(req.params.name, req.body);
  res.status(201).json({ name: req.params.name, size: req.body.length });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
