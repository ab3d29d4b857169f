import express from 'express';

// Made to try the clients with: the client's saved token has expired, and /reports refuses every token.
const app = express();
let issued = 0;

app.post('/token', async (req, res) => {
  issued += 1; // a real server would check the refresh token first
  res.json({ access_token: `token-${issued}` });
});

const refuse = (res, why) =>
  res.status(401).set('WWW-Authenticate', `Bearer error="invalid_token", error_description="${why}"`).json({ error: why });

app.get('/me', async (req, res) => {
  if (req.get('Authorization') !== `Bearer token-${issued}`) return refuse(res, 'The access token expired');
  res.json({ id: 42, name: 'Ada Lovelace' });
});

app.get('/reports', async (req, res) => refuse(res, 'The token signature does not match'));

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
