import express from 'express';

const app = express();
const variants = { 'application/json': '{"orders":1234}', 'text/csv': 'orders\n1234\n' };

app.get('/report', async (req, res) => {
  const type = req.accepts(Object.keys(variants));
  if (!type) {
    // Wrong: nothing is misconfigured; the client asked for a format we do not offer.
    return res.status(506).json({ error: 'Variant also negotiates' });
  }
  res.vary('Accept').type(type).send(variants[type]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
