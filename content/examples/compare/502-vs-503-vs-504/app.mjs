import express from 'express';

const app = express();

// Stands in for a slow reports service: it answers after 2 seconds.
app.get('/upstream/reports/*path', (req, res) => {
  setTimeout(() => res.json({ date: '2026-03-01', orders: 1234 }), 2_000);
});

// The gateway's routing table: each service's instances that passed their last health check.
const healthy = {
  accounts: ['http://127.0.0.1:3'], // crashed since its last check: nothing listens on port 3
  billing: [], // every instance failed its health checks
  reports: ['/upstream/reports'], // the slow route above, on this same server
};

app.get('/api/:service/*path', async (req, res) => {
  const { service, path } = req.params;
  const instances = healthy[service];
  if (!instances) return res.status(404).json({ error: `No service named ${service}` });
  if (instances.length === 0) {
    // Nothing to forward to: the gateway answers at once, without trying the upstream.
    res.set('Retry-After', '10'); // the next round of health checks
    return res.status(503).json({ error: `No healthy ${service} instance` });
  }
  const url = new URL(`${instances[0]}/${path.join('/')}`, `http://127.0.0.1:${req.socket.localPort}`);
  try {
    const upstream = await fetch(url, { signal: AbortSignal.timeout(1_000) }); // wait at most 1 s
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    if (err.name === 'TimeoutError') {
      return res.status(504).json({ error: `The ${service} service did not answer within 1 s` });
    }
    // Refused, reset, or a body that is not JSON: the upstream failed to answer properly.
    res.status(502).json({ error: `The ${service} service did not answer properly` });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
