import express from 'express';

const app = express();
const standby = 'https://standby.example.com';

app.post('/api/orders', async (req, res) => {
  // Wrong: 306 "Switch Proxy" is a reserved number with no meaning today.
  res.status(306).location(standby + req.originalUrl).end();
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
