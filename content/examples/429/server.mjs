import express from 'express';

// Made to try the clients with: /report is rate limited twice, /export for an hour.
const app = express();
let reportAnswers = 0;
let limitedUntil = 0;

app.get('/report', async (req, res) => {
  const now = Date.now();
  if (now < limitedUntil - 100) {
    // Too early: this attempt counts too, and the wait grows.
    limitedUntil += 1000;
    return res.status(429).set('Retry-After', String(Math.ceil((limitedUntil - now) / 1000))).json({ error: 'Too many requests' });
  }
  reportAnswers += 1;
  if (reportAnswers === 1) {
    limitedUntil = now + 1000;
    return res.status(429).set('Retry-After', '1').json({ error: 'Too many requests' });
  }
  if (reportAnswers === 2) {
    limitedUntil = Math.ceil(now / 1000) * 1000 + 2000; // an HTTP date has whole seconds
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
