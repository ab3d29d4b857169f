import express from 'express';

const app = express();
const cache = new Map([['7', '{"id": 7, "total": ']]); // a corrupt cache entry

app.get('/invoices/:id', (req, res) => {
  setTimeout(() => {
    // Wrong: an error thrown in a timer callback escapes Express and kills the whole process.
    res.json(JSON.parse(cache.get(req.params.id)));
  }, 10);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
