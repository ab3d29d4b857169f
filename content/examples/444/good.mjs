import express from 'express';

const app = express();
const HOSTS = new Set(['localhost', 'shop.example']);

app.use((req, res, next) => {
  if (!HOSTS.has(req.hostname)) {
    // Right: dropping means closing the socket without writing anything.
    return req.socket.destroy();
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ shop: 'open' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
