import express from 'express';

const app = express();
const users = [];

app.use(express.json());

app.post('/users', async (req, res) => {
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
