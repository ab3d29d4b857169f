import express from 'express';

const app = express();
const comments = [];

app.use(express.urlencoded());

app.post('/comments', async (req, res) => {
  comments.push(req.body.text);
  // Saved: the client may clear the form for the next comment. A 205 has no body.
  res.status(205).end();
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
