import express from 'express';

const app = express();
const usersByToken = new Map([['token-ada', { id: 42, name: 'Ada Lovelace' }]]);

app.get('/me', async (req, res) => {
  const user = usersByToken.get(req.get('Authorization')?.replace(/^Bearer /, ''));
  if (!user) {
    // Right: the API itself wants credentials, and the challenge says which kind.
    res.set('WWW-Authenticate', 'Bearer realm="example", error="invalid_token"');
    return res.status(401).json({ error: 'The access token is invalid or expired' });
  }
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
