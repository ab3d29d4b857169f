import express from 'express';

const app = express();
// Folder 3 links back to folder 1, so walking the whole tree would never end.
const folders = new Map([
  [1, { name: 'Projects', children: [2] }],
  [2, { name: 'Website', children: [3] }],
  [3, { name: 'Shared', children: [1] }],
]);

// Wrong: no check for folders already on the path, so a loop recurses
// until the stack overflows, and Express answers 500.
function tree(id) {
  const { name, children } = folders.get(id);
  return { id, name, children: children.map(tree) };
}

app.get('/folders/:id/tree', async (req, res) => {
  res.json(tree(Number(req.params.id)));
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
