import express from 'express';

const app = express();

app.get('/v1/orders', async (req, res) => {
  // Wrong: the new URL is hard-coded, so ?status=open and any other filter is lost.
  res.redirect(308, '/v2/orders');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
