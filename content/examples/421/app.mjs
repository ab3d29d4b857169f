import express from 'express';

const app = express();
// The host names this server is configured for; a request for any other was misdirected.
const servedHosts = new Set(['www.example.com', 'localhost', '127.0.0.1']);

app.use((req, res, next) => {
  if (!servedHosts.has(req.hostname)) {
    // Nothing was done: the client may resend it on a connection to the right server.
    return res.status(421).json({ error: `This server does not serve ${req.hostname}` });
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ site: 'www.example.com' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
