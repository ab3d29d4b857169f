import express from 'express';

const app = express();
app.set('etag', false); // the article's version is the only entity tag If-Match is compared with
const articles = new Map([[1, { id: 1, title: 'Draft', version: 2 }]]);

app.put('/articles/:id', express.json(), async (req, res) => {
  const article = articles.get(Number(req.params.id));
  if (!article) return res.status(404).json({ error: 'Article not found' });
  // Wrong: If-Match is ignored, so a stale copy silently overwrites newer changes.
  Object.assign(article, { title: req.body.title, version: article.version + 1 });
  // No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
  res.json(article);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
