import express from 'express';

const app = express();

// "latest" moves with every release: one target, chosen by the server.
app.get('/reports/latest', async (req, res) => {
  // Wrong: 300 offers choices; Chrome and Node's fetch do not follow it.
  res.redirect(300, '/reports/2024');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
