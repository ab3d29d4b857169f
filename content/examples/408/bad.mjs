import { EventEmitter, once } from 'node:events';
import express from 'express';

const app = express();
const messages = new EventEmitter();

app.post('/messages', express.json(), async (req, res) => {
  messages.emit('message', req.body);
  res.sendStatus(202);
});

// Long polling: wait up to 1 s for the next message.
app.get('/messages/next', async (req, res) => {
  try {
    const [message] = await once(messages, 'message', { signal: AbortSignal.timeout(1000) });
    res.json(message);
  } catch {
    res.status(408).json({ error: 'No message yet' }); // Wrong: the client sent its request in time
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
