import express from 'express';

// A stand-in for a partner API behind Cloudflare whose origin certificate has expired.
const partner = express();
partner.get('/*path', async (req, res) => {
  res.set('CF-RAY', '8f3a3c9a1d2e4b67-MAD').status(526).type('text').send('error code: 526');
});
const partnerServer = partner.listen(0, '127.0.0.1');

const app = express();

app.get('/invoices/:id/pdf', async (req, res) => {
  const upstream = await fetch(`http://127.0.0.1:${partnerServer.address().port}/render/${req.params.id}`);
  if (upstream.status >= 500) {
    // The Ray ID lets the partner find the failure in Cloudflare's logs; give it to them.
    console.error(`PDF service answered ${upstream.status}, ray ${upstream.headers.get('cf-ray')}`);
    return res.status(502).json({ error: 'The PDF service is failing' });
  }
  if (!upstream.ok) return res.status(upstream.status).json({ error: upstream.statusText }); // its own 4xx: relay it
  res.type('application/pdf').send(Buffer.from(await upstream.arrayBuffer()));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
