import express from 'express';

const app = express();
const articles = new Map([['hello-http', { slug: 'hello-http', title: 'Hello, HTTP' }]]);

app.get('/articles/:slug', async (req, res) => {
  const article = articles.get(req.params.slug);
  if (!article) {
    // A short lifetime, so caches do not hide the article once it is published.
    return res.status(404).set('Cache-Control', 'max-age=60').json({ error: `No article "${req.params.slug}"` });
  }
  res.json(article);
});

// Registered last: any request no route matched. Without it, Express 5 answers with an HTML 404.
app.use((req, res) => {
  res.status(404).json({ error: `No route for ${req.method} ${req.path}` });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
