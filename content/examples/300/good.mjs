import express from 'express';

const app = express();

// "latest" moves with every release: one target, chosen by the server.
app.get('/reports/latest', async (req, res) => {
  // Right: a single temporary target is a 302, which browsers and HTTP libraries follow.
  res.redirect(302, '/reports/2024');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
