import express from 'express';

const app = express();
const users = [{ id: 42, name: 'Ada Lovelace', role: 'editor' }];

app.get('/users', async (req, res) => {
  const found = users.filter((user) => user.role === req.query.role);
  res.json(found); // [] when nothing matches: same status, same parsing
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
