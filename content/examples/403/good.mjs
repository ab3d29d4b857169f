import express from 'express';

const app = express();
const usersByToken = new Map([
  ['token-ada', { name: 'Ada', role: 'admin' }],
  ['token-bob', { name: 'Bob', role: 'member' }],
]);

app.get('/admin/stats', async (req, res) => {
  const user = usersByToken.get(req.get('Authorization')?.replace(/^Bearer /, ''));
  if (!user) {
    res.set('WWW-Authenticate', 'Bearer realm="example"');
    return res.status(401).json({ error: 'Sign in first' });
  }
  if (user.role !== 'admin') {
    // Right: authentication worked, permission is what is missing.
    return res.status(403).json({ error: 'Admins only' });
  }
  res.json({ users: usersByToken.size });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
