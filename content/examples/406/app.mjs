import express from 'express';

const app = express();
const report = { id: 7, title: 'Q3 sales', total: 1200 };

app.get('/reports/7', async (req, res) => {
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
