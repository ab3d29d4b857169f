import express from 'express';

const app = express();
const servedHosts = new Set(['www.example.com', 'localhost', '127.0.0.1']);

app.use((req, res, next) => {
  if (!servedHosts.has(req.hostname)) {
    // Wrong: 404 is final, so a browser that reused a connection shows it instead of retrying.
    return res.status(404).json({ error: 'Not found' });
  }
  next();
});

app.get('/', async (req, res) => {
  res.json({ site: 'www.example.com' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
