import express from 'express';

const app = express();
const files = new Map();

// Node has already answered `Expect: 100-continue` with 100 Continue when this runs.
app.put('/files/:name', express.text(), async (req, res) => {
  files.set(req.params.name, req.body);
  res.status(201).json({ name: req.params.name, size: req.body.length });
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
