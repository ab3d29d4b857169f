import express from 'express';

const app = express();

// Stands in for the origin server behind this proxy.
app.get('/origin/articles/:id', async (req, res) => {
  res.json({ id: Number(req.params.id), title: 'Caching in HTTP', body: 'A long text…', comments: [] });
});

// A transforming proxy: it trims the origin's 200 for slow connections and says so with 203.
app.get('/articles/:id', async (req, res) => {
  const upstream = await fetch(`http://127.0.0.1:${server.address().port}/origin/articles/${req.params.id}`);
  const cacheControl = upstream.headers.get('Cache-Control') ?? '';
  res.set('Via', '1.1 lite-proxy');
  if (upstream.status !== 200 || cacheControl.includes('no-transform')) {
    // Only a 200 may become a 203, and only if the origin allows changes: pass the rest on as is.
    if (cacheControl) res.set('Cache-Control', cacheControl);
    return res.status(upstream.status).type(upstream.headers.get('Content-Type')).send(await upstream.text());
  }
  const { id, title } = await upstream.json();
  res.status(203).json({ id, title });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
