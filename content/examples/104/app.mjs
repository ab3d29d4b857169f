import express from 'express';

const app = express();
const uploads = new Map();

// Upload creation as in the resumable-upload draft. Node cannot send a 104,
// so the client learns the upload's URL from the final response only.
app.post('/uploads', express.raw({ type: () => true }), async (req, res) => {
  const data = req.body ?? Buffer.alloc(0);
  const complete = req.get('Upload-Complete') === '?1';
  const id = uploads.size + 1;
  uploads.set(id, { data, complete });
  res.status(201).set({ Location: `/uploads/${id}`, 'Upload-Offset': String(data.length) });
  if (!complete) res.set('Upload-Complete', '?0');
  res.json({ id, complete });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
