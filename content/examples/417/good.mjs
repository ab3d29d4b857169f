import { createServer } from 'node:http';
import express from 'express';

const app = express();

app.post('/uploads', express.raw({ type: '*/*', limit: '10mb' }), async (req, res) => {
  res.status(201).json({ bytes: req.body.length });
});

const server = createServer(app);
// Right: judge the upload by its headers, then refuse it with a final status or ask for the body.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length']) > 10 * 1024 * 1024) {
    return res.writeHead(413, { Connection: 'close' }).end();
  }
  res.writeContinue();
  app(req, res);
});

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
