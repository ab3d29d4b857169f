import express from 'express';

const app = express();
const articles = new Map([[1, { id: 1, title: 'Caching with ETags' }]]);
const removed = new Set([7]); // deleted on purpose; these URLs will not come back

app.get('/articles/:id', async (req, res) => {
  const id = Number(req.params.id);
  if (removed.has(id)) {
    return res.status(410).json({ error: 'This article has been removed' });
  }
  const article = articles.get(id);
  if (!article) {
    return res.status(404).json({ error: 'Article not found' });
  }
  res.json(article);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
