import express from 'express';

const app = express();
// One proxy in front terminates TLS; trust its X-Forwarded-Proto for req.protocol.
app.set('trust proxy', 1);

app.use((req, res, next) => {
  if (req.protocol === 'http') {
    // 308 keeps the method and body, so a POST stays a POST on the HTTPS URL.
    return res.redirect(308, `https://${req.hostname}${req.originalUrl}`);
  }
  next();
});

app.get('/orders', async (req, res) => {
  res.json([{ id: 1, total: 42 }]);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
