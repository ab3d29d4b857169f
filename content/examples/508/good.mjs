import express from 'express';

const app = express();
// Folder 3 links back to folder 1, so walking the whole tree would never end.
const folders = new Map([
  [1, { name: 'Projects', children: [2] }],
  [2, { name: 'Website', children: [3] }],
  [3, { name: 'Shared', children: [1] }],
]);
class LoopDetected extends Error {}

// Right: remember the path, and stop with 508 when a folder repeats on it.
function tree(id, path = []) {
  if (path.includes(id)) throw new LoopDetected([...path, id].join(' > '));
  const { name, children } = folders.get(id);
  return { id, name, children: children.map((child) => tree(child, [...path, id])) };
}

app.get('/folders/:id/tree', async (req, res) => {
  try {
    res.json(tree(Number(req.params.id)));
  } catch (err) {
    if (!(err instanceof LoopDetected)) throw err;
    res.status(508).json({ error: 'The folder tree contains a loop', loop: err.message });
  }
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
