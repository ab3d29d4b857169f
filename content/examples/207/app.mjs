import express from 'express';

const app = express();
// The members of the WebDAV collection /files/project/, and whether each is locked.
const files = new Map([
  ['/files/project/notes.txt', { locked: false }],
  ['/files/project/plan.txt', { locked: true }],
]);

app.delete('/files/project/', async (req, res) => {
  const failed = [...files.keys()].filter((href) => files.get(href).locked);
  for (const href of files.keys()) if (!files.get(href).locked) files.delete(href);
  if (failed.length === 0) return res.status(204).end();
  // One <d:response> per member that could not be deleted; members not listed are gone.
  const responses = failed.map((href) => `  <d:response>
    <d:href>${href}</d:href>
    <d:status>HTTP/1.1 423 Locked</d:status>
  </d:response>
`);
  res.status(207).type('application/xml').send(`<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:">
${responses.join('')}</d:multistatus>
`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
