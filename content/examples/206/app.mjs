import express from 'express';

const app = express();
const report = Buffer.from('Quarterly report: revenue up 12%, costs flat, outlook stable.\n');

app.get('/files/report.txt', async (req, res) => {
  res.set({ 'Accept-Ranges': 'bytes', ETag: '"report-v1"' }).type('text/plain');
  const ranges = req.range(report.length); // parses the Range header
  if (ranges === -1) {
    return res.status(416).set('Content-Range', `bytes */${report.length}`).end();
  }
  if (!Array.isArray(ranges) || ranges.type !== 'bytes' || ranges.length !== 1) {
    return res.send(report); // no Range, or several ranges: the whole file with 200 is allowed
  }
  const { start, end } = ranges[0];
  res.status(206).set('Content-Range', `bytes ${start}-${end}/${report.length}`);
  res.send(report.subarray(start, end + 1));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
