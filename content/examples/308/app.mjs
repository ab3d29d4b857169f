import express from 'express';

const app = express();

// Version 1 of the API is retired; every /v1 URL now lives under /v2 for good.
app.all('/v1/*rest', async (req, res) => {
  // 308 keeps the method and body, and originalUrl keeps the query string.
  res.redirect(308, req.originalUrl.replace(/^\/v1\//, '/v2/'));
});

app.post('/v2/orders', express.json(), async (req, res) => {
  res.status(201).json({ id: 1, ...req.body });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
