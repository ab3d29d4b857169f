import express from 'express';

const app = express();
const servedHosts = new Set(['www.example.com', 'localhost', '127.0.0.1']);

app.use((req, res, next) => {
  if (!servedHosts.has(req.hostname)) {
    // Right: 421 tells the client to resend the request on a new connection.
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
