import express from 'express';

// Made to try the clients with: POST /events takes a JSON array of events, at most 300 bytes of it.
const app = express();
const events = [];

app.post('/events', express.json({ limit: '300b' }), async (req, res) => {
  events.push(...req.body);
  res.status(201).json({ stored: req.body.length, total: events.length });
});

// express.json() rejects a larger body with an error whose status is 413.
app.use((err, req, res, next) => {
  if (err.type !== 'entity.too.large') return next(err);
  res.status(413).json({ error: `The body may be at most ${err.limit} bytes` });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
