import express from 'express';

const app = express();
const report = Buffer.from('Quarterly report: revenue up 12%, costs flat, outlook stable.\n');
const etag = '"report-v1"';

app.get('/files/report.txt', async (req, res) => {
  res.set({ 'Accept-Ranges': 'bytes', ETag: etag }).type('text/plain');
  const match = /^bytes=(\d+)-(\d*)$/.exec(req.get('Range') ?? '');
  // No Range, or an If-Range other than this ETag (a date never matches: no Last-Modified): the whole file.
  const ifRange = req.get('If-Range');
  if (!match || (ifRange !== undefined && ifRange !== etag)) return res.send(report);
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : report.length - 1;
  // Wrong: nothing checks that the range lies inside the file.
  res.status(206).set('Content-Range', `bytes ${start}-${end}/${report.length}`);
  res.send(report.subarray(start, end + 1));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
