import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import express from 'express';

const app = express();
const server = createServer(app);

// Right: upgrade requests go to the server's 'upgrade' event, which gets the raw socket.
server.on('upgrade', (req, socket) => {
  const key = req.headers['sec-websocket-key'];
  if (req.url !== '/chat') return socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  // Switch only to a protocol the client offered, and never for HTTP/1.0 (RFC 9110 §7.8);
  // otherwise stay on HTTP.
  if (req.httpVersion === '1.0' || req.headers.upgrade?.toLowerCase() !== 'websocket') {
    return socket.end('HTTP/1.1 426 Upgrade Required\r\nUpgrade: websocket\r\nConnection: Upgrade, close\r\nContent-Length: 0\r\n\r\n');
  }
  // A WebSocket handshake without its key is malformed (RFC 6455 §4.2.1).
  if (!key) return socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
});

server.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
