import express from 'express';

const app = express();
const usersByToken = new Map([['token-ada', { id: 42, name: 'Ada Lovelace' }]]);

app.get('/me', async (req, res) => {
  const token = req.get('Authorization')?.replace(/^Bearer /, '');
  const user = usersByToken.get(token);
  if (!user) {
    // The challenge tells the client which scheme to use to authenticate.
    res.set('WWW-Authenticate', 'Bearer realm="example"');
    return res.status(401).json({ error: 'Missing or invalid token' });
  }
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
