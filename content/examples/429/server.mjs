import express from 'express';

// Made to try the clients with: /report is rate limited twice (1 s, then until an HTTP
// date about 2 s ahead), /export for an hour.
const app = express();
let reportAnswers = 0;
let limitedUntil = 0;

app.get('/report', async (req, res) => {
  const now = Date.now();
  // Too early (a tenth of a second's slack for clocks): the attempt counts too, and the wait grows.
  if (now < limitedUntil - 100) {
    limitedUntil += 1000;
    const seconds = Math.ceil((limitedUntil - now) / 1000);
    return res.status(429).set('Retry-After', String(seconds)).json({ error: 'Too many requests' });
  }
  reportAnswers += 1;
  if (reportAnswers === 1) {
    limitedUntil = now + 1000;
    return res.status(429).set('Retry-After', '1').json({ error: 'Too many requests' });
  }
  if (reportAnswers === 2) {
    limitedUntil = Math.ceil((now + 2000) / 1000) * 1000; // an HTTP date has whole seconds
    return res.status(429).set('Retry-After', new Date(limitedUntil).toUTCString()).json({ error: 'Too many requests' });
  }
  res.json({ rows: 3 });
});

app.get('/export', async (req, res) => {
  res.status(429).set('Retry-After', '3600').json({ error: 'Export quota used up for this hour' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
