import express from 'express';

const app = express();
const comments = [];

app.use(express.urlencoded());

app.post('/comments', async (req, res) => {
  comments.push(req.body.text);
  // Saved: the client may clear the form for the next comment. A 205 has no body.
  res.status(205).end();
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
