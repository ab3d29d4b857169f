import express from 'express';

const app = express();
const tokens = new Map([['token-ada', { name: 'Ada Lovelace' }]]);

app.get('/api/me', async (req, res) => {
  const user = tokens.get(req.get('Authorization')?.replace(/^Bearer /, ''));
  if (!user) {
    // Right: an origin server asks for credentials with 401 and WWW-Authenticate.
    res.set('WWW-Authenticate', 'Bearer realm="api"');
    return res.status(401).json({ error: 'Authentication required' });
  }
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
