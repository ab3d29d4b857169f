import express from 'express';

const app = express();
const articles = new Map([[7, { id: 7, title: 'Caching with ETags' }]]);

app
  .route('/articles/:id')
  .get(async (req, res) => {
    const article = articles.get(Number(req.params.id));
    if (!article) return res.status(404).json({ error: 'Article not found' });
    res.json(article);
  })
  .all(async (req, res) => {
    // A missing article is a 404 whatever the method.
    if (!articles.has(Number(req.params.id))) return res.status(404).json({ error: 'Article not found' });
    // Wrong: a 405 without Allow; the client cannot tell which methods do work.
    res.status(405).json({ error: 'Method not allowed' });
  });

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
