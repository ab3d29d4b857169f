import express from 'express';

const app = express();
const users = new Map([[42, { id: 42, name: 'Ada Lovelace' }]]);

app.get('/users/:id', async (req, res) => {
  const user = users.get(Number(req.params.id));
  if (!user) {
    return res.status(404).json({ error: 'User not found' });
  }
  // res.json() alone also sends 200; Express adds a weak ETag of the body, and answers 304 when it matches.
  res.status(200).json(user);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
