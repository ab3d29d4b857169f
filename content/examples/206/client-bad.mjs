// Wrong: when the connection breaks, it downloads the whole file again instead of the missing part.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

for (let attempt = 1; attempt <= 3; attempt += 1) {
  const response = await fetch(`${BASE_URL}/files/log.txt`);
  if (!response.ok) throw new Error(`GET /files/log.txt: ${response.status}`);
  try {
    console.log(`GET /files/log.txt: ${response.status}, ${(await response.arrayBuffer()).byteLength} bytes`);
    break;
  } catch {
    console.log(`GET /files/log.txt: ${response.status}, connection lost; starting over`);
  }
}
