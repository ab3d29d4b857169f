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
  // Without this, Express answers other methods with 404; for an article that exists,
  // 405 plus Allow is the truth. A missing article stays a 404 whatever the method.
  .all(async (req, res) => {
    if (!articles.has(Number(req.params.id))) return res.status(404).json({ error: 'Article not found' });
    res.set('Allow', 'GET, HEAD').status(405).json({ error: `${req.method} is not allowed here` });
  });

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
