import express from 'express';

const app = express();

app.get('/tea', async (req, res) => {
  res.json({ tea: 'Earl Grey', brewing: true });
});

// An easter egg, not an API error: HTTP gives 418 no meaning of its own.
app.get('/coffee', async (req, res) => {
  res.status(418).type('text/plain').send("I'm a teapot: this server brews tea, not coffee.");
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
