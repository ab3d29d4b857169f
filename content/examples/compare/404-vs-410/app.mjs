import express from 'express';

const app = express();
const articles = new Map([['hello-http', { slug: 'hello-http', title: 'Hello, HTTP' }]]);
const removed = new Set(['spring-sale-2025']); // tombstones: slugs deleted on purpose

// The article is not here: was it removed on purpose (410), or did it never exist (404)?
function notHere(res, slug) {
  if (removed.has(slug)) {
    return res.status(410).json({ error: `Article "${slug}" was removed and will not come back` });
  }
  return res.status(404).json({ error: `No article "${slug}"` });
}

app.get('/articles/:slug', (req, res) => {
  const article = articles.get(req.params.slug);
  if (!article) return notHere(res, req.params.slug);
  res.json(article);
});

app.delete('/articles/:slug', (req, res) => {
  const { slug } = req.params;
  if (!articles.delete(slug)) return notHere(res, slug);
  removed.add(slug); // keep a tombstone, so this URL answers 410 from now on
  res.status(204).end();
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
