import express from 'express';

// A stand-in for the identity provider's token introspection endpoint, failing right now.
const idp = express();
idp.post('/oauth2/introspect', async (req, res) => res.status(500).json({ error: 'server_error' }));
const idpServer = idp.listen(0, '127.0.0.1');

const app = express();

app.get('/me', async (req, res) => {
  const token = req.get('Authorization')?.replace(/^Bearer /, '');
  if (!token) return res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'Sign in first' });
  const idpAnswer = await fetch(`http://127.0.0.1:${idpServer.address().port}/oauth2/introspect`, {
    method: 'POST',
    body: new URLSearchParams({ token }),
  });
  if (!idpAnswer.ok) {
    // The identity provider failed, not the user: 502 (an AWS load balancer would show 561 here).
    return res.status(502).json({ error: 'The sign-in service is failing; try again shortly' });
  }
  const { active, sub } = await idpAnswer.json();
  if (!active) return res.status(401).set('WWW-Authenticate', 'Bearer error="invalid_token"').json({ error: 'Token expired' });
  res.json({ id: sub });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
