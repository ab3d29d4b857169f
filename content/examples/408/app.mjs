import { createServer } from 'node:http';
import express from 'express';

const app = express();

app.post('/uploads', express.raw({ type: '*/*', limit: '10mb' }), async (req, res) => {
  res.status(201).json({ received: req.body.length });
});

// Node itself answers 408 and closes the connection when a request is not complete
// within requestTimeout (default 5 minutes; 1 s here to see it quickly).
const server = createServer({ requestTimeout: 1000, connectionsCheckingInterval: 100 }, app);

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
