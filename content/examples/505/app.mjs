import express from 'express';

const app = express();

// Node answers most unknown versions (HTTP/1.2, HTTP/3.0) with 400 before Express runs,
// but passes on request lines that claim HTTP/2.0 or HTTP/0.9: refuse those here.
app.use((req, res, next) => {
  if (req.httpVersionMajor === 1) return next();
  res.status(505).set('Connection', 'close').type('text/plain')
    .send('This server supports HTTP/1.0 and HTTP/1.1 only.\n');
});

app.get('/status', async (req, res) => {
  res.json({ ok: true, httpVersion: req.httpVersion });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
