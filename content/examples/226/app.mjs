import express from 'express';

const app = express();
const posts = [
  { id: 1, title: 'Hello, world' },
  { id: 2, title: 'Caching basics' },
  { id: 3, title: 'ETags explained' },
  { id: 4, title: 'Range requests' },
  { id: 5, title: 'Delta encoding' },
];

app.get('/feed', async (req, res) => {
  const latest = posts.at(-1).id;
  const seen = Number(req.get('If-None-Match')?.replaceAll('"', '')); // newest post the client has
  res.set('ETag', `"${latest}"`);
  // The client accepts the "feed" manipulation: send only the posts it has not seen.
  if (/\bfeed\b/.test(req.get('A-IM') ?? '') && seen > 0 && seen < latest) {
    res.status(226).set({ IM: 'feed', 'Cache-Control': 'no-store, im' });
    return res.json(posts.filter((post) => post.id > seen));
  }
  res.json(posts); // no A-IM: the full feed with 200 (or 304 if the client is up to date)
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
