import express from 'express';

const app = express();
// The proxy is set in each client's configuration (PAC file, HTTPS_PROXY), never
// in a response. The origin only accepts connections that come from the proxy.
const proxyAddresses = new Set(['10.0.0.5']);

app.use(async (req, res, next) => {
  const address = req.socket.remoteAddress?.replace(/^::ffff:/, '');
  if (!proxyAddresses.has(address)) {
    return res.status(403).json({ error: 'Direct access is not allowed; connect through the company proxy.' });
  }
  next();
});

app.get('/reports/q3', async (req, res) => {
  res.json({ quarter: 'Q3', revenue: 1200000 });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
