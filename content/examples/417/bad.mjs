import { createServer } from 'node:http';
import express from 'express';

const app = express();

app.post('/uploads', express.raw({ type: '*/*', limit: '10mb' }), async (req, res) => {
  res.status(201).json({ bytes: req.body.length });
});

const server = createServer(app);
// Wrong: 100-continue is part of HTTP/1.1, yet every upload that asks for it is refused.
server.on('checkContinue', (req, res) => {
  res.writeHead(417).end();
});

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
