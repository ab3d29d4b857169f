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

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
