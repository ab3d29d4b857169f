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

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
