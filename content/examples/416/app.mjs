import express from 'express';

const app = express();
// Express's automatic ETag would hash each part sent, but a 206 must carry the whole file's (RFC 9110 §15.3.7).
app.set('etag', false);
const files = new Map([['notes.txt', Buffer.from('Range requests fetch part of a file.\n')]]);

app.get('/files/:name', async (req, res) => {
  const file = files.get(req.params.name);
  if (!file) return res.status(404).json({ error: 'File not found' });
  res.set('Accept-Ranges', 'bytes').type('text/plain');
  const ranges = req.range(file.length); // undefined without a Range header, -1 if unsatisfiable
  if (ranges === -1) {
    // No requested byte exists: tell the client how long the file is.
    return res.status(416).set('Content-Range', `bytes */${file.length}`).end();
  }
  if (!Array.isArray(ranges) || ranges.length > 1) return res.send(file);
  const { start, end } = ranges[0];
  res.status(206).set('Content-Range', `bytes ${start}-${end}/${file.length}`);
  res.send(file.subarray(start, end + 1));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
