import express from 'express';

// Made to try the clients with: like an old server on the way, it refuses every Expect: 100-continue with 417.
const app = express();

app.post('/uploads', express.raw({ type: '*/*', limit: '10mb' }), async (req, res) => {
  res.status(201).json({ bytes: req.body.length });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
server.on('checkContinue', (req, res) => {
  res.writeHead(417, { 'Content-Type': 'application/json', Connection: 'close' }).end('{"error":"Expectations are not supported"}');
});
