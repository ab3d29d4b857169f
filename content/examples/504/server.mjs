import express from 'express';

// Made to try the clients with: GET /reports/daily times out three times, POST /exports every time.
const app = express();
let reportRequests = 0;
const timedOut = { error: 'The report service did not answer within 1 s' };

app.get('/reports/daily', async (req, res) => {
  reportRequests += 1;
  if (reportRequests <= 3) return res.status(504).json(timedOut);
  res.json({ date: '2026-03-01', orders: 1234 });
});

// The upstream may still be building the export after the gateway stopped waiting.
app.post('/exports', async (req, res) => {
  res.status(504).json(timedOut);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
