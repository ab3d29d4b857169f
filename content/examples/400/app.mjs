import express from 'express';

const app = express();
const users = [];

app.use(express.json());

app.post('/users', async (req, res) => {
  // express.json() reads only a JSON Content-Type; anything else is a 415, not a missing body.
  if (!req.is('application/json')) return res.status(415).json({ error: 'Send the body as application/json' });
  if (typeof req.body !== 'object' || Array.isArray(req.body)) {
    return res.status(400).json({ error: 'The body must be a JSON object' });
  }
  const user = { id: users.length + 1, name: req.body.name };
  users.push(user);
  res.status(201).location(`/users/${user.id}`).json(user);
});

// express.json() rejects unparsable JSON with err.status 400; answer it as JSON, not HTML.
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.expose ? err.message : 'Internal error' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
