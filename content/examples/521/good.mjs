import express from 'express';

const app = express();
const cache = new Map([['7', '{"id": 7, "total": ']]); // a corrupt cache entry
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

app.get('/invoices/:id', async (req, res) => {
  await wait(10);
  // Right: inside an async handler, Express 5 catches the error and the process lives on.
  res.json(JSON.parse(cache.get(req.params.id)));
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'Internal server error' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
