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

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
