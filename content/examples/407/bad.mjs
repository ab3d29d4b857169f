import express from 'express';

const app = express();
const tokens = new Map([['token-ada', { name: 'Ada Lovelace' }]]);

app.get('/api/me', async (req, res) => {
  const user = tokens.get(req.get('Authorization')?.replace(/^Bearer /, ''));
  if (!user) {
    // Wrong: this app is the origin server, not a proxy, so 407 sends clients astray.
    res.set('Proxy-Authenticate', 'Bearer realm="api"');
    return res.status(407).json({ error: 'Authentication required' });
  }
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
