import express from 'express';

// Made to try the clients with: the profile API is served from /v2 for now.
const app = express();
app.set('etag', false); // Express would put its own ETag on PUT answers, which RFC 9110 §9.3.4 rules out
let profile = { name: 'Ada' };

app.all('/profile', async (req, res) => {
  res.redirect(302, '/v2/profile');
});

app.get('/v2/profile', async (req, res) => {
  res.json(profile);
});

app.put('/v2/profile', express.json(), async (req, res) => {
  profile = req.body;
  res.json(profile);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
