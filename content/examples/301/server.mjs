import express from 'express';

// Made to try the clients with: the articles API moved to /posts for good.
const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
const posts = new Map([['http-caching', { title: 'HTTP caching' }]]);

app.all('/articles/:slug', async (req, res) => {
  res.redirect(301, `/posts/${req.params.slug}`);
});

app.get('/posts/:slug', async (req, res) => {
  res.json(posts.get(req.params.slug));
});

app.put('/posts/:slug', express.json(), async (req, res) => {
  if (!req.body?.title) return res.status(400).json({ error: 'A title is required' });
  posts.set(req.params.slug, req.body);
  res.json(req.body);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
