import express from 'express';

const app = express();
const latest = 'v3';

// "latest" moves with every release, so the redirect is temporary.
app.get('/docs/latest', async (req, res) => {
  res.redirect(302, `/docs/${latest}`); // res.redirect(url) alone also sends 302
});

app.get('/docs/:version', async (req, res) => {
  res.type('text/plain').send(`Documentation for ${req.params.version}`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
