import express from 'express';

const app = express();

async function loadReport(id) {
  throw new Error(`database unreachable while loading report ${id}`);
}

// Express 5 passes a rejected promise from an async handler to the error handler.
app.get('/reports/:id', async (req, res) => {
  res.json(await loadReport(req.params.id));
});

// Four parameters make this an error handler. The details go to the log, not to the client.
app.use((err, req, res, next) => {
  if (res.headersSent) return next(err);
  console.error(err);
  res.status(500).json({ error: 'Internal server error' });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
