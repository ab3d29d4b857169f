import express from 'express';

const app = express();
app.use(express.json());

const isDate = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

app.post('/events', (req, res) => {
  // 1. Syntax: express.json() has already parsed the body, or passed a 400 to the error handler.
  if (!req.body || Array.isArray(req.body)) {
    return res.status(400).json({ error: 'The body must be a JSON object' });
  }
  // 2. Content: the JSON is well formed; do its values make sense?
  const { title, start, end } = req.body;
  const errors = {};
  if (typeof title !== 'string' || title.trim() === '') errors.title = 'must not be empty';
  if (!isDate(start)) errors.start = 'must be a date such as 2026-05-01';
  if (!isDate(end)) errors.end = 'must be a date such as 2026-05-01';
  else if (isDate(start) && end < start) errors.end = 'must not be before start'; // ISO dates sort as text
  if (Object.keys(errors).length > 0) {
    return res.status(422).json({ errors });
  }
  res.status(201).location('/events/1').json({ id: 1, title, start, end });
});

// express.json() throws a SyntaxError (type "entity.parse.failed", status 400) for broken JSON.
app.use((err, req, res, next) => {
  if (err.type === 'entity.parse.failed') {
    return res.status(400).json({ error: 'The body is not valid JSON' });
  }
  next(err);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
