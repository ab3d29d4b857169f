import express from 'express';

const app = express();
const accounts = new Map([
  ['key-free-123', { plan: 'free' }],
  ['key-pro-456', { plan: 'pro' }],
]);

app.get('/reports/annual', async (req, res) => {
  const account = accounts.get(req.get('Authorization')?.replace(/^Bearer /, ''));
  if (!account) {
    res.set('WWW-Authenticate', 'Bearer realm="reports"');
    return res.status(401).json({ error: 'API key required' });
  }
  if (account.plan !== 'pro') {
    // No standard defines a 402 body, so say what to pay for and where.
    return res.status(402).json({
      error: 'payment_required',
      message: 'Annual reports are part of the Pro plan.',
      upgradeUrl: 'https://example.com/billing/upgrade',
    });
  }
  res.json({ year: 2025, revenue: 4800000 });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
