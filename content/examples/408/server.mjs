import express from 'express';

// Made to try the clients with: the first POST /uploads times out, POST /backups every time.
const app = express();
app.use(express.raw({ type: () => true })); // any body, with a Content-Type or without
let uploadRequests = 0;

// As a server does after a timeout: answer 408 and close the connection.
const timedOut = (res) =>
  res.status(408).set('Connection', 'close').json({ error: 'The request took too long to arrive' });

app.post('/uploads', async (req, res) => {
  uploadRequests += 1;
  if (uploadRequests === 1) return timedOut(res);
  res.status(201).json({ received: req.body.length });
});

app.post('/backups', async (req, res) => timedOut(res));

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
