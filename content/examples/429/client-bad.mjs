// Wrong: tries again at once, however long the server asked it to wait.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

for (const path of ['/report', '/export']) {
  let response = await fetch(BASE_URL + path);
  for (let attempt = 2; attempt <= 4 && response.status === 429; attempt += 1) {
    await response.arrayBuffer();
    response = await fetch(BASE_URL + path);
  }
  console.log(`GET ${path}: ${response.status} ${await response.text()}`);
}
