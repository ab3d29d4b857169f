import { createServer } from 'node:http';
import express from 'express';

const app = express();

app.post('/uploads', express.raw({ type: '*/*', limit: '10mb' }), async (req, res) => {
  res.status(201).json({ bytes: req.body.length });
});

const server = createServer(app);
// Node answers an Expect other than 100-continue with a bare 417; this listener replaces it.
server.on('checkExpectation', (req, res) => {
  res.writeHead(417, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: `Unsupported expectation: ${req.headers.expect}` }));
});

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
