import express from 'express';

const app = express();
// The portal's sign-in page lives on its own host name, so the link must be absolute.
const LOGIN_URL = 'https://login.portal.example/';
const PAGE = `<html><head><meta http-equiv="refresh" content="0; url=${LOGIN_URL}"></head>
<body><p>You need to <a href="${LOGIN_URL}">sign in to this network</a> first.</p></body></html>`;

// The network sends every plain-HTTP request of a device that has not
// signed in yet to this server, whatever site the request was meant for.
app.use(async (req, res) => {
  res.status(511).set('Cache-Control', 'no-store').type('html').send(PAGE);
});

const server = app.listen(process.env.PORT ?? 3000, () => {
  console.log(`Listening on http://localhost:${server.address().port}`);
});
