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

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
