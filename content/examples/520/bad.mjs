import express from 'express';

const app = express();

app.use((req, res, next) => {
  // Wrong: hanging up on scanners leaves Cloudflare with an empty reply, which visitors see as 520.
  if (req.path.endsWith('.php')) return req.socket.destroy();
  next();
});

app.get('/', async (req, res) => {
  res.send('<h1>Welcome</h1>');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
