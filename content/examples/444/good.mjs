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

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
