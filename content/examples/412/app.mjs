import express from 'express';

const app = express();
app.set('etag', false); // the article's version is the only entity tag If-Match is compared with
const articles = new Map([[1, { id: 1, title: 'Draft', version: 2 }]]);

app.put('/articles/:id', express.json(), async (req, res) => {
  const article = articles.get(Number(req.params.id));
  if (!article) return res.status(404).json({ error: 'Article not found' });
  const etag = `"${article.version}"`;
  const ifMatch = req.get('If-Match')?.split(',').map((tag) => tag.trim());
  if (!ifMatch) {
    return res.status(428).json({ error: 'Send If-Match with the ETag you last saw' });
  }
  if (!ifMatch.includes(etag) && !ifMatch.includes('*')) {
    // Someone else changed the article since this client read it.
    return res.status(412).json({ error: 'The article has changed; fetch it again', currentETag: etag });
  }
  Object.assign(article, { title: req.body.title, version: article.version + 1 });
  // No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
  res.json(article);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
