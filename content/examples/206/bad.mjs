import express from 'express';

const app = express();
const report = Buffer.from('Quarterly report: revenue up 12%, costs flat, outlook stable.\n');

app.get('/files/report.txt', async (req, res) => {
  res.set({ 'Accept-Ranges': 'bytes', ETag: '"report-v1"' }).type('text/plain');
  const match = /^bytes=(\d+)-(\d*)$/.exec(req.get('Range') ?? '');
  if (!match) return res.send(report);
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : report.length - 1;
  // Wrong: nothing checks that the range lies inside the file.
  res.status(206).set('Content-Range', `bytes ${start}-${end}/${report.length}`);
  res.send(report.subarray(start, end + 1));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
