import express from 'express';

const app = express();

// Reached after a successful sign-in.
app.get('/signed-in', async (req, res) => {
  // Wrong: the query string decides where the browser goes, any site included.
  res.redirect(302, String(req.query.next ?? '/'));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
