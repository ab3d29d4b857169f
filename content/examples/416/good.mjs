import express from 'express';

const app = express();
// Express's automatic ETag would hash each part sent, but a 206 must carry the whole file's (RFC 9110 §15.3.7).
app.set('etag', false);
const file = Buffer.from('Range requests fetch part of a file.\n');

app.get('/files/notes.txt', async (req, res) => {
  const ranges = req.range(file.length);
  if (ranges === -1) {
    // Right: no byte of the range exists, so answer 416 and give the file's length.
    return res.status(416).set('Content-Range', `bytes */${file.length}`).end();
  }
  if (!Array.isArray(ranges) || ranges.length > 1) return res.type('text/plain').send(file);
  const { start, end } = ranges[0];
  res.status(206).set('Content-Range', `bytes ${start}-${end}/${file.length}`);
  res.type('text/plain').send(file.subarray(start, end + 1));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
