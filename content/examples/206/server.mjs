import express from 'express';

// Made to try the clients with: the first download of /files/log.txt breaks off after 300 bytes.
const app = express();
const log = Buffer.from(Array.from({ length: 20 }, (_, i) => `line ${String(i + 1).padStart(2, '0')} of the server log\n`).join(''));
const etag = '"log-v1"'; // set by hand, so the 200 and every 206 carry the same strong ETag
let downloads = 0;

app.get('/files/log.txt', async (req, res) => {
  res.set({ 'Accept-Ranges': 'bytes', ETag: etag }).type('text/plain');
  // Range counts only if If-Range, when sent, is this ETag; otherwise the client has another version.
  const honoured = (req.get('If-Range') ?? etag) === etag;
  const ranges = honoured ? req.range(log.length) : undefined; // undefined: no Range or ignored; -1: unsatisfiable
  if (ranges === -1) return res.status(416).set('Content-Range', `bytes */${log.length}`).end();
  if (ranges?.length === 1) {
    const { start, end } = ranges[0];
    return res.status(206).set('Content-Range', `bytes ${start}-${end}/${log.length}`).send(log.subarray(start, end + 1));
  }
  downloads += 1;
  if (downloads > 1) return res.send(log);
  res.write(log.subarray(0, 300), () => res.socket.destroy()); // the connection breaks mid-download
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
