import express from 'express';

const app = express();
app.use(express.json());
const users = new Map([[1, { id: 1, name: 'Ada Lovelace' }], [2, { id: 2, name: 'Alan Turing' }]]);

app.post('/users', async (req, res) => {
  const name = req.body?.name;
  if (typeof name !== 'string' || name === '') {
    return res.status(400).json({ error: 'name is required' });
  }
  const user = { id: users.size + 1, name };
  users.set(user.id, user);
  // Location tells the client where the new user lives.
  res.status(201).location(`/users/${user.id}`).json(user);
});

app.get('/users/:id', async (req, res) => {
  const user = users.get(Number(req.params.id));
  if (!user) return res.status(404).json({ error: 'User not found' });
  res.json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
