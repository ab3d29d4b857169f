import express from 'express';

const app = express();
const users = new Map([[42, { id: 42, name: 'Ada Lovelace' }]]);

app.get('/users/:id', async (req, res) => {
  const user = users.get(Number(req.params.id));
  // Wrong: the error travels inside a 200 response.
  res.json(user ?? { ok: false, error: 'User not found' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
