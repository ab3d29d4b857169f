import express from 'express';
import { timingSafeEqual } from 'node:crypto';

const app = express();
app.use(express.urlencoded({ extended: false }));
// Session ID (from the `sid` cookie) -> session data, including its CSRF token.
const sessions = new Map([['s1', { csrfToken: 'k3v9Qx2LrT' }]]);

function csrfTokenIsValid(req) {
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.get('Cookie') ?? '')?.[1];
  const expected = sessions.get(sid)?.csrfToken;
  const sent = req.body?._token ?? req.get('X-CSRF-Token');
  // No session or no token is a failure, never a match.
  if (typeof expected !== 'string' || typeof sent !== 'string') return false;
  const [a, b] = [Buffer.from(sent), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

app.post('/profile', async (req, res) => {
  if (!csrfTokenIsValid(req)) {
    return res.status(403).json({ error: 'Missing or expired form token; reload the page and try again' });
  }
  res.json({ saved: true, name: req.body.name });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
