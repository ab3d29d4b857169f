import express from 'express';

const app = express();
const PRICING_API = 'http://127.0.0.1:3'; // nothing listens here: the connection is refused

app.get('/prices/:sku', async (req, res) => {
  try {
    const upstream = await fetch(`${PRICING_API}/prices/${req.params.sku}`, {
      signal: AbortSignal.timeout(2000),
    });
    // The upstream did answer, with an error status such as 404: pass it on.
    if (!upstream.ok) return res.status(upstream.status).json({ error: upstream.statusText });
    res.json(await upstream.json());
  } catch (err) {
    // No response at all (what some clients label 599), or one that is not JSON.
    // Say which failure it was, with a real code.
    const timedOut = err.name === 'TimeoutError';
    console.error('pricing API:', timedOut ? 'timed out' : (err.cause?.code ?? err.message));
    res.status(timedOut ? 504 : 502).json({ error: 'The pricing service could not be reached' });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
