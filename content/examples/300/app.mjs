import express from 'express';

const app = express();
const choices = [
  { href: '/reports/2024.html', type: 'text/html' },
  { href: '/reports/2024.pdf', type: 'application/pdf' },
  { href: '/reports/2024.csv', type: 'text/csv' },
];

app.get('/reports/2024', async (req, res) => {
  const links = choices.map(({ href, type }) => `<${href}>; rel="alternate"; type="${type}"`);
  res.status(300)
    .location(choices[0].href) // the server's preferred choice, if it has one
    .set('Link', links.join(', '))
    .json({ choices });
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
