import express from 'express';

const app = express();
const uploads = new Map();

// Upload creation as in the resumable-upload draft (interop version 6).
app.post('/uploads', async (req, res) => {
  const id = uploads.size + 1;
  // Announce the upload's URL with a 104 before reading the body (Node 24.18 and later; older versions
  // skip it), to a client that speaks this draft version over HTTP/1.1 or later (RFC 9110 §15.2).
  if (req.get('Upload-Draft-Interop-Version') === '6' && req.httpVersion !== '1.0') {
    res.writeInformation?.(104, { 'Upload-Draft-Interop-Version': '6', Location: `/uploads/${id}` });
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk); // the body, as it arrives
  const data = Buffer.concat(chunks);
  const complete = req.get('Upload-Complete') === '?1';
  uploads.set(id, { data, complete });
  res.status(201).set({ Location: `/uploads/${id}`, 'Upload-Offset': String(data.length) });
  if (!complete) res.set('Upload-Complete', '?0');
  res.json({ id, complete });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
