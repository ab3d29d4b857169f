import express from 'express';

const app = express();
const usersByToken = new Map([['token-ada', { id: 42, name: 'Ada Lovelace' }]]);

app.get('/me', async (req, res) => {
  const user = usersByToken.get(req.get('Authorization')?.replace(/^Bearer /, ''));
  if (!user) {
    // Wrong: 511 says the network needs a sign-in, not this API.
    return res.status(511).json({ error: 'Authentication required' });
  }
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
