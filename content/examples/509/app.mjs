import express from 'express';

const app = express();
const MONTHLY_BUDGET = 1000; // bytes the service may send per month (tiny, for the demo)
const video = Buffer.alloc(400, 'v'); // a 400-byte "download"
let sent = 0;

function secondsUntilNextMonth(now = new Date()) {
  return Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now) / 1000);
}

app.get('/downloads/intro.mp4', async (req, res) => {
  if (sent + video.length > MONTHLY_BUDGET) {
    // The whole service is out of transfer until the budget resets: 503 with Retry-After, not 509.
    res.set('Retry-After', String(secondsUntilNextMonth()));
    return res.status(503).json({ error: 'Monthly transfer budget used up' });
  }
  sent += video.length;
  res.type('video/mp4').send(video);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
