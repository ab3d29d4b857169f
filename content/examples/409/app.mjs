import express from 'express';

const app = express();
app.use(express.json());
const users = [{ id: 1, email: 'ada@example.com', name: 'Ada Lovelace' }];

app.post('/users', async (req, res) => {
  const { email, name } = req.body ?? {};
  const existing = users.find((user) => user.email === email?.toLowerCase());
  if (existing) {
    // The request is well-formed; it clashes with data the server already has.
    return res.status(409).json({ error: 'Email already registered', user: `/users/${existing.id}` });
  }
  const user = { id: users.length + 1, email: email?.toLowerCase(), name };
  users.push(user);
  res.status(201).location(`/users/${user.id}`).json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
