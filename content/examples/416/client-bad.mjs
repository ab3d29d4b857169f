// Wrong: on 416 it asks for the same range again, as if the error would pass.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
let data = Buffer.alloc(0);

for (let attempt = 1; attempt <= 4; attempt += 1) {
  const response = await fetch(`${BASE_URL}/files/notes.txt`, { headers: data.length > 0 ? { Range: `bytes=${data.length}-` } : {} });
  console.log(`GET /files/notes.txt: ${response.status}`);
  if (response.status === 416) continue; // try again
  try {
    for await (const chunk of response.body) data = Buffer.concat([data, chunk]);
    break;
  } catch {}
}
