import express from 'express';

const app = express();

// Wrong: an Express route can only answer in HTTP, so the handshake gets a 200.
app.get('/chat', async (req, res) => {
  res.json({ messages: ['Welcome to the chat'] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
