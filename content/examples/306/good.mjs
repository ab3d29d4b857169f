import express from 'express';

const app = express();
const standby = 'https://standby.example.com';

app.post('/api/orders', async (req, res) => {
  // Right: a temporary redirect that keeps the POST and its body.
  res.redirect(307, standby + req.originalUrl);
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
