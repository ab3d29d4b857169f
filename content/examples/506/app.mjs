import express from 'express';

const app = express();
const files = { '/report.json': '{"orders":1234}', '/report.csv': 'orders\n1234\n' };
// Negotiated resources: media type -> variant. The text/csv entry is misconfigured:
// it points at another negotiated resource instead of a file.
const negotiated = {
  '/report': { 'application/json': '/report.json', 'text/csv': '/report-spreadsheet' },
  '/report-spreadsheet': { 'text/csv': '/report.csv' },
};

app.get('/report', async (req, res) => {
  const variants = negotiated['/report'];
  const type = req.accepts(Object.keys(variants));
  if (!type) return res.status(406).json({ available: Object.keys(variants) });
  const chosen = variants[type];
  if (negotiated[chosen]) {
    // The chosen variant would negotiate again: a server configuration error.
    return res.status(506).json({ error: `Variant ${chosen} is itself negotiated` });
  }
  res.vary('Accept').type(type).send(files[chosen]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
