import express from 'express';

const app = express();

app.get('/v1/orders', async (req, res) => {
  // Right: rewrite only the path; originalUrl still carries the query string.
  res.redirect(308, req.originalUrl.replace(/^\/v1\//, '/v2/'));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
