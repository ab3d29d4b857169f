import express from 'express';

const app = express();

app.get('/tea', async (req, res) => {
  res.json({ tea: 'Earl Grey', brewing: true });
});

// An easter egg, not an API error: HTTP gives 418 no meaning of its own.
app.get('/coffee', async (req, res) => {
  res.status(418).type('text/plain').send("I'm a teapot: this server brews tea, not coffee.");
});

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`Listening on http://localhost:${port}`));
