import express from 'express';

const app = express();
// RFC 2774 names extensions by URI; this resource may only be used with this one.
const REQUIRED = 'http://www.example.com/ext/signed-requests';

app.get('/ledger', async (req, res) => {
  // Clients declare mandatory extensions in the Man header.
  if (!req.get('Man')?.includes(`"${REQUIRED}"`)) {
    // The 510 should tell the client everything it needs to send an extended request.
    return res.status(510).json({
      error: 'This resource requires an extension',
      extension: REQUIRED,
      declareWith: `Man: "${REQUIRED}"; ns=16`,
    });
  }
  res.json({ entries: [] });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
