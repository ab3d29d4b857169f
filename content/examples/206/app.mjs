import express from 'express';

const app = express();
const report = Buffer.from('Quarterly report: revenue up 12%, costs flat, outlook stable.\n');
const etag = '"report-v1"';

app.get('/files/report.txt', async (req, res) => {
  res.set({ 'Accept-Ranges': 'bytes', ETag: etag }).type('text/plain');
  // If-Range: a part only for a copy with this very ETag (strong comparison); otherwise Range is ignored
  // and the whole file sent. An If-Range date never matches, as no Last-Modified is sent.
  const ifRange = req.get('If-Range');
  if (ifRange !== undefined && ifRange !== etag) return res.send(report);
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
