import express from 'express';

const app = express();
const MAX_FIELD_BYTES = 100;

app.use((req, res, next) => {
  const cookie = req.get('Cookie') ?? '';
  if (Buffer.byteLength(cookie) > MAX_FIELD_BYTES) {
    // Right: 431 says the header fields are too large, and the body names the one.
    return res.status(431).json({ error: `The Cookie header is over ${MAX_FIELD_BYTES} bytes` });
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ page: 'home' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
