import express from 'express';

const app = express();
const users = new Map([[42, { id: 42, name: 'Ada Lovelace' }]]);

app.delete('/users/:id', async (req, res) => {
  if (!users.delete(Number(req.params.id))) {
    return res.status(404).json({ error: 'User not found' });
  }
  res.status(204).end(); // headers only; no body follows
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
