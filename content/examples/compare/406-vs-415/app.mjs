import express from 'express';

const app = express();
const reports = new Map([[1, { id: 1, title: 'Q3 sales', total: 1200 }]]);

// 415 looks at Content-Type: the format of the body the client sends.
app.post('/reports', express.json(), (req, res) => {
  // express.json() skips bodies of other types, so check the type before reading req.body.
  if (!req.is('application/json')) {
    res.set('Accept', 'application/json'); // what this endpoint takes
    return res.status(415).json({ error: 'Send the report as application/json' });
  }
  const report = { id: reports.size + 1, title: req.body.title, total: req.body.total };
  reports.set(report.id, report);
  res.status(201).location(`/reports/${report.id}`).json(report);
});

// 406 looks at Accept: the formats the client will take in the response.
app.get('/reports/:id', (req, res) => {
  const report = reports.get(Number(req.params.id));
  if (!report) return res.status(404).json({ error: 'No such report' });
  // res.format picks the handler from the Accept header and sets Vary: Accept.
  res.format({
    'application/json': () => res.json(report),
    'text/csv': () => res.send(`id,title,total\n${report.id},${report.title},${report.total}\n`),
    default: () => res.status(406).json({ error: 'Not Acceptable', available: ['application/json', 'text/csv'] }),
  });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
