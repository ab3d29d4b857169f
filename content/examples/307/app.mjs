import express from 'express';

const app = express();
// Uploads go to whichever storage node has room right now, so the redirect is temporary.
const activeNode = 'node-b';

app.post('/uploads', async (req, res) => {
  // 307 keeps the POST and its body; a 302 would let clients switch to GET.
  res.redirect(307, `/nodes/${activeNode}/uploads`);
});

app.post('/nodes/:node/uploads', express.text(), async (req, res) => {
  res.status(201).json({ node: req.params.node, bytes: req.body?.length ?? 0 });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
