import express from 'express';

const app = express();

// Wrong: the login page is behind the same check, so it redirects to itself,
// wrapping the previous URL in next= again on every hop.
app.use(async (req, res, next) => {
  if (req.get('Authorization')) return next();
  res.redirect(302, `/login?next=${encodeURIComponent(req.originalUrl)}`);
});

app.get('/login', async (req, res) => {
  res.send('<form method="post" action="/login"><button>Sign in</button></form>');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
