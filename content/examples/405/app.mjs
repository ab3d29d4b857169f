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
  // Without this, Express answers other methods with 404; 405 plus Allow is the truth.
  .all(async (req, res) => {
    res.set('Allow', 'GET, HEAD').status(405).json({ error: `${req.method} is not allowed here` });
  });

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
