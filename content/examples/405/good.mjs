import express from 'express';

const app = express();
const articles = new Map([[7, { id: 7, title: 'Caching with ETags' }]]);

app
  .route('/articles/:id')
  .get(async (req, res) => res.json(articles.get(Number(req.params.id)) ?? {}))
  .all(async (req, res) => {
    // Right: Allow lists the methods this resource supports.
    res.set('Allow', 'GET, HEAD').status(405).json({ error: 'Method not allowed' });
  });

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
