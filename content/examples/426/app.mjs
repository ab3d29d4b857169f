import express from 'express';

const app = express();

// A WebSocket endpoint reached with a plain HTTP request: say which protocol it needs.
// (Real upgrade requests go to a WebSocket library through the server's 'upgrade' event.)
app.get('/chat', async (req, res) => {
  res.set({ Upgrade: 'websocket', Connection: 'Upgrade' });
  res.status(426).type('text/plain').send('This endpoint speaks WebSocket only; connect with ws://.');
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
