import express from 'express';

const app = express();

// Reached after a successful sign-in.
app.get('/signed-in', async (req, res) => {
  const next = String(req.query.next ?? '/');
  // Right: only a local path; browsers read "//host" and "/\host" as another site.
  const target = /^\/(?![/\\])/.test(next) ? next : '/';
  res.redirect(302, target);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
