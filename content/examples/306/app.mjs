import express from 'express';

const app = express();
// The primary site is down for a migration; the standby site serves orders for now.
const standby = 'https://standby.example.com';

app.all('/api/orders', async (req, res) => {
  // 307, never 306: every client follows it and keeps the method and body.
  res.redirect(307, standby + req.originalUrl);
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
