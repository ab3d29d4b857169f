import express from 'express';

const app = express();
const MAX_URL_LENGTH = 200; // nginx and Apache allow about 8 KB; kept short for the example

app.use(async (req, res, next) => {
  if (req.originalUrl.length > MAX_URL_LENGTH) {
    return res.status(414).json({ error: 'URL too long: send the IDs in the body of POST /reports/search' });
  }
  next();
});

app.get('/reports', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').filter(Boolean);
  res.json(ids.map((id) => ({ id, status: 'ready' })));
});

app.post('/reports/search', express.json(), async (req, res) => {
  res.json(req.body.ids.map((id) => ({ id, status: 'ready' })));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
