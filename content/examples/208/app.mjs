import express from 'express';

const app = express();
const id = (n) => `urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf${n}`;
const projects = { id: id(8), members: { 'plan.txt': { id: id(9) } } };
// /files/projects/ and /files/shared/ are two bindings of the same collection.
const files = { id: id(7), members: { 'projects/': projects, 'shared/': projects } };

const entry = (href, resourceId, status) => `  <d:response>
    <d:href>${href}</d:href>
    <d:propstat>
      <d:prop><d:resource-id><d:href>${resourceId}</d:href></d:resource-id></d:prop>
      <d:status>HTTP/1.1 ${status}</d:status>
    </d:propstat>
  </d:response>\n`;

// levels: how far below this resource to list (Depth: 0, 1 or infinity).
function list(href, resource, seen, bindAware, levels) {
  if (bindAware && levels === Infinity && resource.members && seen.has(resource.id)) {
    return entry(href, resource.id, '208 Already Reported'); // listed before: members left out
  }
  seen.add(resource.id);
  const members = levels > 0 ? Object.entries(resource.members ?? {}) : [];
  return entry(href, resource.id, '200 OK')
    + members.map(([name, member]) => list(href + name, member, seen, bindAware, levels - 1)).join('');
}

app.propfind('/files/', async (req, res) => {
  const bindAware = /\bbind\b/i.test(req.get('DAV') ?? ''); // the client announced RFC 5842
  const depth = req.get('Depth') ?? 'infinity';
  const levels = depth === '0' ? 0 : depth === '1' ? 1 : Infinity; // 208 only in Depth: infinity
  const body = list('/files/', files, new Set(), bindAware, levels);
  res.status(207).type('application/xml').send(`<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:">
${body}</d:multistatus>
`);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
