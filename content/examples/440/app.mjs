import express from 'express';

const app = express();
const HOUR_MS = 60 * 60_000;
// token -> session; this one was issued a day ago and lived for an hour
const sessions = new Map([['token-from-yesterday', { user: 'ada', expiresAt: Date.now() - 23 * HOUR_MS }]]);

app.get('/api/messages', async (req, res) => {
  const token = req.get('Authorization')?.replace(/^Bearer /, '');
  const session = sessions.get(token);
  if (!session || session.expiresAt <= Date.now()) {
    // 401 plus a challenge: the client knows to refresh the token or sign in again.
    res.set('WWW-Authenticate', 'Bearer realm="mail", error="invalid_token", error_description="The session has expired"');
    return res.status(401).json({ error: 'Your session has expired; sign in again' });
  }
  res.json({ user: session.user, messages: [] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
