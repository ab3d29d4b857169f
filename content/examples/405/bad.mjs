import express from 'express';

const app = express();
const articles = new Map([[7, { id: 7, title: 'Caching with ETags' }]]);

app
  .route('/articles/:id')
  .get(async (req, res) => res.json(articles.get(Number(req.params.id)) ?? {}))
  .all(async (req, res) => {
    // Wrong: a 405 without Allow; the client cannot tell which methods do work.
    res.status(405).json({ error: 'Method not allowed' });
  });

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
