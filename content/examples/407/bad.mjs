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

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
