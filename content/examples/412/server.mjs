import express from 'express';

// Made to try the clients with: someone else edits article 1 just before the client's first save.
const app = express();
app.set('etag', false); // the article's version is the only ETag, sent with GET
const article = { title: 'Draft', tags: [] };
let version = 1;

app.get('/articles/1', async (req, res) => {
  res.set('ETag', `"${version}"`).json(article);
});

app.put('/articles/1', express.json(), async (req, res) => {
  if (version === 1) [article.tags, version] = [['http'], 2]; // the other user's edit, just in time
  const ifMatch = req.get('If-Match');
  if (ifMatch !== '*' && ifMatch !== `"${version}"`) {
    return res.status(412).json({ error: 'The article has changed; fetch it again' });
  }
  Object.assign(article, req.body);
  version += 1;
  // No ETag on a PUT's answer: what is stored is not exactly the body sent (RFC 9110 §9.3.4).
  res.json(article);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
