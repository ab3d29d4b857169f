import express from 'express';

const app = express();

app.use((req, res, next) => {
  // Right: refuse with a real status; Cloudflare passes it through and logs stay readable.
  if (req.path.endsWith('.php')) return res.status(404).type('text').send('Not found');
  next();
});

app.get('/', async (req, res) => {
  res.send('<h1>Welcome</h1>');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
