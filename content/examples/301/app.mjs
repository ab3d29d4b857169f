import express from 'express';

const app = express();

// The articles moved to /blog for good; old links keep working.
app.get('/articles/:slug', async (req, res) => {
  res.redirect(301, `/blog/${req.params.slug}`);
});

app.get('/blog/:slug', async (req, res) => {
  res.type('text/plain').send(`Blog post: ${req.params.slug}`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
