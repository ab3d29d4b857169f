import express from 'express';

// A tiny forward proxy. Use it as one: curl -x http://localhost:3000 -U alice:s3cret http://example.com/
const app = express();
const expected = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;

app.use(async (req, res) => {
  if (req.get('Proxy-Authorization') !== expected) {
    // A proxy challenges with Proxy-Authenticate; WWW-Authenticate belongs to the origin server.
    res.set('Proxy-Authenticate', 'Basic realm="office proxy"');
    return res.status(407).type('text/plain').send('Proxy authentication required\n');
  }
  // A real proxy would now forward the request to req.originalUrl and relay the answer.
  res.type('text/plain').send(`Authenticated; would forward ${req.method} ${req.originalUrl}\n`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
