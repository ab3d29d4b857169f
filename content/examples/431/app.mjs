import express from 'express';

const app = express();
// Node itself answers 431 when all headers together pass 16 KiB; this limit is per field,
// and tiny so that the example request trips it.
const MAX_FIELD_BYTES = 100;

app.use((req, res, next) => {
  for (const [name, value] of Object.entries(req.headers)) {
    if (Buffer.byteLength(String(value)) > MAX_FIELD_BYTES) {
      // Name the field, so the client knows what to shrink.
      return res.status(431).json({ error: `The ${name} header is over ${MAX_FIELD_BYTES} bytes` });
    }
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ page: 'home' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
