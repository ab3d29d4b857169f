import express from 'express';

const app = express();
app.use(express.json()); // malformed JSON never gets this far: express.json() answers 400

app.post('/users', async (req, res) => {
  const { email, name } = req.body ?? {};
  const errors = {};
  if (typeof email !== 'string' || !email.includes('@')) errors.email = 'must be an email address';
  if (typeof name !== 'string' || name.trim() === '') errors.name = 'must not be empty';
  if (Object.keys(errors).length > 0) {
    return res.status(422).json({ errors });
  }
  res.status(201).location('/users/2').json({ id: 2, email, name });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
