// Downloads a file; when the connection breaks, asks for the rest with Range and If-Range and appends it.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

async function download(path) {
  let data = Buffer.alloc(0);
  let etag = null; // the ETag of the version the bytes in data come from
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    // If-Range: the rest only if the file is still that version, else all of it. A weak ETag may not be sent.
    const ifRange = etag?.startsWith('"') ? { 'If-Range': etag } : {};
    const headers = data.length > 0 ? { Range: `bytes=${data.length}-`, ...ifRange } : {};
    const response = await fetch(BASE_URL + path, { headers });
    const range = response.headers.get('Content-Range');
    const asked = Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join(', ');
    console.log(`GET ${path}${asked ? ` with ${asked}` : ''}: ${response.status}${range ? `, Content-Range: ${range}` : ''}`);
    if (response.status === 416) {
      if (Number(range?.split('/')[1]) === data.length) return data; // every byte is already here
      console.log('The file is shorter than what we have: starting over');
      data = Buffer.alloc(0);
      continue;
    }
    if (response.status === 200) {
      // The whole file, not the rest of it: Range was ignored, or the file changed since the first part.
      data = Buffer.alloc(0);
      etag = response.headers.get('ETag');
    } else if (response.status !== 206 || !range?.startsWith(`bytes ${data.length}-`)) throw new Error(`GET ${path}: unexpected ${response.status}`);
    try {
      for await (const chunk of response.body) data = Buffer.concat([data, chunk]);
      return data;
    } catch {
      console.log(`GET ${path}: connection lost after ${data.length} bytes`);
    }
  }
  throw new Error(`GET ${path}: giving up`);
}

const log = await download('/files/log.txt');
console.log(`Downloaded ${log.length} bytes, ending with: ${log.toString().trimEnd().split('\n').at(-1)}`);
