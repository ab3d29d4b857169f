import express from 'express';

const app = express();

// Right: the login page is public, so the redirect happens once and the URL stays short.
app.get('/login', async (req, res) => {
  res.send('<form method="post" action="/login"><button>Sign in</button></form>');
});

app.use(async (req, res, next) => {
  if (req.get('Authorization')) return next();
  res.redirect(302, `/login?next=${encodeURIComponent(req.originalUrl)}`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
