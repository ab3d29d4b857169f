import express from 'express';

const app = express();
const HOSTS = new Set(['localhost', 'shop.example']);

app.use((req, res, next) => {
  if (!HOSTS.has(req.hostname)) {
    // Wrong: Node sends a full response, "444 unknown" plus headers.
    return res.status(444).end();
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ shop: 'open' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
