import express from 'express';

// Made to try the clients with: PUT /files/:name takes at most 1,000 bytes, and says so before the body is sent.
const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out

app.put('/files/:name', express.raw({ type: '*/*', limit: 1000 }), async (req, res) => {
  res.status(201).json({ name: req.params.name, size: req.body.length });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
// Decide from the headers alone: refuse a large upload at once, or invite the body with 100 Continue.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length']) > 1000) {
    return res.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' }).end('{"error":"At most 1000 bytes"}');
  }
  res.writeContinue();
  app(req, res);
});
