import express from 'express';

const app = express();
const users = [];

app.post('/users', express.json(), async (req, res) => {
  // express.json() skips bodies of other types, so check the type before reading req.body.
  if (!req.is('application/json')) {
    res.set('Accept', 'application/json');
    return res.status(415).json({ error: 'Send the user as application/json' });
  }
  const name = req.body?.name;
  if (typeof name !== 'string' || !name.trim()) return res.status(422).json({ error: 'name is required' });
  const user = { id: users.length + 1, name };
  users.push(user);
  res.status(201).location(`/users/${user.id}`).json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
