import express from 'express';

const app = express();
const usersByToken = new Map([
  ['token-ada', { name: 'Ada', role: 'admin' }],
  ['token-bob', { name: 'Bob', role: 'member' }],
]);

app.get('/admin/stats', async (req, res) => {
  const token = /^Bearer (.+)$/i.exec(req.get('Authorization') ?? '')?.[1];
  const user = usersByToken.get(token);
  if (!user) {
    // A token that was sent and refused gets error="invalid_token"; no token, no error code (RFC 6750 §3.1).
    res.set('WWW-Authenticate', `Bearer realm="example"${token ? ', error="invalid_token"' : ''}`);
    return res.status(401).json({ error: 'Sign in first' });
  }
  if (user.role !== 'admin') {
    // Known user, not allowed: signing in again would not change the answer.
    // The challenge says why: the token does not carry the rights this needs (RFC 6750 §3.1).
    res.set('WWW-Authenticate', 'Bearer realm="example", error="insufficient_scope"');
    return res.status(403).json({ error: 'Admins only' });
  }
  res.json({ users: usersByToken.size });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
