import express from 'express';

const app = express();
// Uploads go to whichever storage node has room right now.
const activeNode = 'node-b';

// Two questions pick the code: is the move permanent, and must the method and body survive it?

// Moved for good, and only ever fetched with GET: 301.
app.get('/old-blog', (req, res) => res.redirect(301, '/blog'));

// Signed-out visitors go to the login page, for now: 302.
app.get('/account', (req, res) => {
  if (!req.get('Cookie')?.includes('session=')) return res.redirect(302, '/login');
  res.send('Your account');
});

// For now, and the upload must arrive as a POST with its body: 307.
app.post('/uploads', (req, res) => res.redirect(307, `/nodes/${activeNode}/uploads`));

// Moved for good, and the order must arrive as a POST with its body: 308.
app.post('/api/v1/orders', (req, res) => res.redirect(308, '/api/v2/orders'));

// Where the redirects lead.
app.get('/blog', (req, res) => res.send('Blog'));
app.get('/login', (req, res) => res.send('Sign in'));
app.post('/nodes/:node/uploads', express.text(), (req, res) => {
  res.status(201).json({ node: req.params.node, bytes: req.body?.length ?? 0 });
});
app.post('/api/v2/orders', express.json(), (req, res) => res.status(201).json({ id: 1, ...req.body }));

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
