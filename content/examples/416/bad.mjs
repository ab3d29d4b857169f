import express from 'express';

const app = express();
const file = Buffer.from('Range requests fetch part of a file.\n');

app.get('/files/notes.txt', async (req, res) => {
  if (!req.get('Range')) return res.type('text/plain').send(file);
  // Wrong: a hand-rolled parser never checks that the range lies inside the file.
  const [first, last] = req.get('Range').replace('bytes=', '').split('-');
  const start = Number(first);
  const end = last ? Number(last) : file.length - 1;
  res.status(206).set('Content-Range', `bytes ${start}-${end}/${file.length}`);
  res.type('text/plain').send(file.subarray(start, end + 1));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
