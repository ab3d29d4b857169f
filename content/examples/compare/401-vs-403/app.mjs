import express from 'express';

const app = express();
const usersByToken = new Map([
  ['token-ada', { name: 'Ada', role: 'admin' }],
  ['token-bob', { name: 'Bob', role: 'member' }],
]);

app.get('/admin/reports', (req, res) => {
  // 1. Authentication: who is asking?
  const token = /^Bearer (.+)$/i.exec(req.get('Authorization') ?? '')?.[1];
  const user = usersByToken.get(token);
  if (!user) {
    // A token that was sent and refused gets error="invalid_token" (RFC 6750 §3.1).
    res.set('WWW-Authenticate', `Bearer realm="example"${token ? ', error="invalid_token"' : ''}`);
    return res.status(401).json({ error: 'Sign in with a valid token' });
  }
  // 2. Authorization: may this user do this? A Bearer API says why not (RFC 6750 §3).
  if (user.role !== 'admin') {
    res.set('WWW-Authenticate', 'Bearer realm="example", error="insufficient_scope"');
    return res.status(403).json({ error: 'Admins only' });
  }
  res.json({ reports: ['2026-10', '2026-11'] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
