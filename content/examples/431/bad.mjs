import express from 'express';

const app = express();
const MAX_FIELD_BYTES = 100;

app.use((req, res, next) => {
  const cookie = req.get('Cookie') ?? '';
  if (Buffer.byteLength(cookie) > MAX_FIELD_BYTES) {
    // Wrong: 413 is about the request body, and this GET has none to shrink.
    return res.status(413).json({ error: 'Request too large' });
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ page: 'home' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
