import express from 'express';

const app = express();
const users = Array.from({ length: 25 }, (_, i) => ({ id: i + 1 }));

app.get('/users', async (req, res) => {
  // Wrong: ?page=abc becomes NaN, and slice(NaN, NaN) quietly returns [].
  const page = Number(req.query.page ?? 1);
  res.json(users.slice((page - 1) * 10, page * 10));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
