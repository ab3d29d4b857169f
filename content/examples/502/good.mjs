import express from 'express';

const app = express();
const UPSTREAM = 'http://127.0.0.1:3'; // nothing listens here

app.get('/weather', async (req, res) => {
  let forecast;
  try {
    const upstream = await fetch(`${UPSTREAM}/forecast`);
    forecast = await upstream.json();
  } catch {
    // Right: the failure is the upstream's, so the gateway answers 502.
    return res.status(502).json({ error: 'The forecast service is unreachable' });
  }
  res.json(forecast);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
