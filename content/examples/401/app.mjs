import express from 'express';

const app = express();
const usersByToken = new Map([['token-ada', { id: 42, name: 'Ada Lovelace' }]]);

app.get('/me', async (req, res) => {
  const token = /^Bearer (.+)$/i.exec(req.get('Authorization') ?? '')?.[1];
  const user = usersByToken.get(token);
  if (!user) {
    // The challenge names the scheme; a refused token also gets error="invalid_token" (RFC 6750 §3.1).
    res.set('WWW-Authenticate', `Bearer realm="example"${token ? ', error="invalid_token"' : ''}`);
    return res.status(401).json({ error: 'Missing or invalid token' });
  }
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
