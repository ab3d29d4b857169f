import express from 'express';

const app = express();
const users = Array.from({ length: 25 }, (_, i) => ({ id: i + 1 }));

app.get('/users', async (req, res) => {
  const page = Number(req.query.page ?? 1);
  if (!Number.isInteger(page) || page < 1) {
    // Right: reject the input and say which parameter is wrong.
    return res.status(400).json({ error: 'page must be a whole number from 1 up' });
  }
  res.json(users.slice((page - 1) * 10, page * 10));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
