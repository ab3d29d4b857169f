import express from 'express';
import { createHash } from 'node:crypto';

const app = express();
const article = { id: 7, title: 'Caching with ETags' };
// The ETag is a hash of the content, so it changes exactly when the article does.
const etag = `"${createHash('sha256').update(JSON.stringify(article)).digest('hex').slice(0, 16)}"`;

app.get('/articles/7', async (req, res) => {
  res.set({ ETag: etag, 'Cache-Control': 'no-cache' });
  if (req.fresh) {
    // If-None-Match matched: headers only, the client reuses its copy.
    return res.status(304).end();
  }
  res.json(article);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
