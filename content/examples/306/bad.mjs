import express from 'express';

const app = express();
const standby = 'https://standby.example.com';

app.post('/api/orders', async (req, res) => {
  // Wrong: 306 "Switch Proxy" is a reserved number with no meaning today.
  res.status(306).location(standby + req.originalUrl).end();
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
