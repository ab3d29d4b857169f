import express from 'express';

const app = express();
// The primary site is down for a migration; the standby site serves orders for now.
const standby = 'https://standby.example.com';

app.all('/api/orders', async (req, res) => {
  // 307, never 306: browsers and HTTP libraries follow it and keep the method and body.
  res.redirect(307, standby + req.originalUrl);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
