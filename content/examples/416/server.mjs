import express from 'express';

// Made to try the clients with: each first download breaks off (notes.txt after its last byte), then log.txt shrinks.
const app = express();
// Express's automatic ETag would hash each part sent, but a 206 must carry the whole file's (RFC 9110 §15.3.7).
app.set('etag', false);
const files = { 'notes.txt': Buffer.from('Range requests fetch part of a file.\n'), 'log.txt': Buffer.from('old log line\n'.repeat(40)) };
const broken = new Set();

app.get('/files/:name', async (req, res) => {
  const { name } = req.params;
  const file = files[name];
  if (!file) return res.status(404).json({ error: 'File not found' });
  res.set('Accept-Ranges', 'bytes').type('text/plain');
  const ranges = req.range(file.length); // undefined without a Range header, -1 if unsatisfiable
  if (ranges === -1) return res.status(416).set('Content-Range', `bytes */${file.length}`).end();
  if (ranges?.length === 1) {
    const { start, end } = ranges[0];
    return res.status(206).set('Content-Range', `bytes ${start}-${end}/${file.length}`).send(file.subarray(start, end + 1));
  }
  if (broken.has(name)) return res.send(file);
  broken.add(name);
  res.write(name === 'notes.txt' ? file : file.subarray(0, 300), () => res.socket.destroy()); // the connection breaks
  if (name === 'log.txt') files[name] = Buffer.from('new log line\n'.repeat(5)); // the log is rotated
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
