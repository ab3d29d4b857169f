import express from 'express';

const app = express();
// Express would tag every body, the error messages too, with an ETag of its own; only articles carry one here.
app.set('etag', false);
app.use(express.json());
const articles = new Map([[7, { id: 7, title: 'HTTP basics', version: 3 }]]);
const etagOf = (article) => `"v${article.version}"`;
// If-Match is "*" or a comma-separated list of ETags; it holds if one of them is the current ETag.
// The comparison is strong (RFC 9110 §13.1.1): a weak tag such as W/"v3" never matches.
const ifMatchHolds = (ifMatch, etag) => ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);

app.get('/articles/:id', async (req, res) => {
  const article = articles.get(Number(req.params.id));
  if (!article) return res.status(404).json({ error: 'No such article' });
  res.set('ETag', etagOf(article)).json(article);
});

app.put('/articles/:id', async (req, res) => {
  const article = articles.get(Number(req.params.id));
  if (!article) return res.status(404).json({ error: 'No such article' });
  const ifMatch = req.get('If-Match');
  if (!ifMatch) {
    // Unconditional writes could overwrite someone else's edit unseen, so refuse them.
    return res.status(428).json({ error: 'Send If-Match with the ETag from your last GET' });
  }
  if (!/^\s*(\*|"|W\/")/.test(ifMatch)) {
    return res.status(400).json({ error: 'If-Match takes "*" or quoted ETags such as "v3"' }); // RFC 9110 §8.8.3
  }
  // "*" asks only that the article exists, which it does.
  if (!ifMatchHolds(ifMatch, etagOf(article))) {
    return res.status(412).json({ error: 'The article changed since you read it' });
  }
  Object.assign(article, { title: req.body.title, version: article.version + 1 });
  // No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
  res.json(article);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
