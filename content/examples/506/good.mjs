import express from 'express';

const app = express();
const variants = { 'application/json': '{"orders":1234}', 'text/csv': 'orders\n1234\n' };

app.get('/report', async (req, res) => {
  const type = req.accepts(Object.keys(variants));
  if (!type) {
    // Right: 406 tells the client its Accept header matched none of the formats.
    return res.status(406).json({ error: 'No acceptable format', available: Object.keys(variants) });
  }
  res.vary('Accept').type(type).send(variants[type]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
