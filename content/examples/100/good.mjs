import { createServer } from 'node:http';
import express from 'express';

const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
const files = new Map();
const signedIn = (req) => req.headers.authorization === 'Bearer secret-token';

app.put('/files/:name', express.text(), async (req, res) => {
  if (!signedIn(req)) return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  files.set(req.params.name, req.body);
  res.status(201).json({ name: req.params.name, size: req.body.length });
});

const server = createServer(app);
// Right: check the headers first, and invite the body with 100 only if the upload can succeed.
server.on('checkContinue', (req, res) => {
  if (!signedIn(req)) return res.writeHead(401, { 'WWW-Authenticate': 'Bearer', Connection: 'close' }).end();
  res.writeContinue();
  app(req, res);
});

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
