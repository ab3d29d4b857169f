import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import express from 'express';

const app = express();
// A plain GET (no Upgrade header) reaches Express: say which protocol this URL speaks.
app.get('/chat', async (req, res) => {
  res.status(426).set({ Upgrade: 'websocket', Connection: 'Upgrade' }).send('Use a WebSocket client');
});

const server = createServer(app);
server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key'];
  if (req.url !== '/chat') return socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  if (req.httpVersion === '1.0' || req.headers.upgrade?.toLowerCase() !== 'websocket') {
    // HTTP/1.0 cannot upgrade (RFC 9110 §7.8), and other protocols are not offered here:
    // stay on HTTP and answer as for a plain request.
    return socket.end('HTTP/1.1 426 Upgrade Required\r\nUpgrade: websocket\r\nConnection: Upgrade, close\r\nContent-Length: 0\r\n\r\n');
  }
  // A WebSocket handshake without its key is malformed (RFC 6455 §4.2.1).
  if (!key) return socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  // From here on the socket carries WebSocket frames, not HTTP (the ws package handles them).
});

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
