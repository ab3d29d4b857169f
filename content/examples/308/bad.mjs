import express from 'express';

const app = express();

app.get('/v1/orders', async (req, res) => {
  // Wrong: the new URL is hard-coded, so ?status=open and any other filter is lost.
  res.redirect(308, '/v2/orders');
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
