import express from 'express';

// Made to try the clients with: /report is rate limited twice, /export for an hour.
const app = express();
let reportRequests = 0;

app.get('/report', async (req, res) => {
  reportRequests += 1;
  if (reportRequests === 1) {
    return res.status(429).set('Retry-After', '1').json({ error: 'Too many requests' });
  }
  if (reportRequests === 2) {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString(); // an HTTP date
    return res.status(429).set('Retry-After', inTwoSeconds).json({ error: 'Too many requests' });
  }
  res.json({ rows: 3 });
});

app.get('/export', async (req, res) => {
  res.status(429).set('Retry-After', '3600').json({ error: 'Export quota used up for this hour' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
