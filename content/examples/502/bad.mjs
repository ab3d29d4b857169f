import express from 'express';

const app = express();
const UPSTREAM = 'http://127.0.0.1:3'; // nothing listens here

app.get('/weather', async (req, res) => {
  // Wrong: when the upstream is down, fetch rejects and Express answers 500.
  const upstream = await fetch(`${UPSTREAM}/forecast`);
  res.json(await upstream.json());
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
