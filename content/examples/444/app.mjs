import express from 'express';

const app = express();
const HOSTS = new Set(['localhost', 'shop.example']); // the names this server answers for

app.use((req, res, next) => {
  if (!HOSTS.has(req.hostname)) {
    // Like nginx's `return 444`: close the connection and send nothing at all.
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
