import express from 'express';

const app = express();
const standby = 'https://standby.example.com';

app.post('/api/orders', async (req, res) => {
  // Right: a temporary redirect that keeps the POST and its body.
  res.redirect(307, standby + req.originalUrl);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
