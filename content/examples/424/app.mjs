import express from 'express';

const app = express();
app.use(express.json());
// Models that customers deployed on this platform; this one fails on every input.
const models = new Map([
  ['sentiment', async () => ({ status: 500, message: 'model crashed: weights file not found' })],
]);

app.post('/endpoints/:name/invocations', async (req, res) => {
  const model = models.get(req.params.name);
  if (!model) return res.status(404).json({ error: 'No such endpoint' });
  const result = await model(req.body);
  if (result.status >= 400) {
    // The platform did its part; the customer's own model failed, so pass on what it said.
    return res.status(424).json({
      error: 'Your model returned an error',
      originalStatus: result.status,
      originalMessage: result.message,
    });
  }
  res.json(result.output);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
