import express from 'express';

const app = express();
const videos = new Map([[16, { id: 16, title: 'Cat plays the piano' }]]);
// Videos taken down because of a legal demand, with what the demand was.
const takedowns = new Map([
  [17, {
    demand: 'Court order 2026-114, District Court of Example',
    law: 'Copyright Act',
    appliesTo: 'all visitors',
  }],
]);

app.get('/videos/:id', async (req, res) => {
  const takedown = takedowns.get(Number(req.params.id));
  if (takedown) {
    // blocked-by identifies who implements the block: here, this site's operator. A short max-age,
    // so caches do not keep the 451 long once the order is lifted.
    res.set({ Link: '<https://example.com/legal>; rel="blocked-by"', 'Cache-Control': 'max-age=3600' });
    return res.status(451).json({ error: 'Unavailable for legal reasons', ...takedown });
  }
  const video = videos.get(Number(req.params.id));
  if (!video) return res.status(404).json({ error: 'No such video' });
  res.json(video);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
