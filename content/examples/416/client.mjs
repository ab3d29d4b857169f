// Downloads files, resuming with Range after a broken connection; on 416 it reads the size instead of asking again.
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

async function download(path) {
  let data = Buffer.alloc(0);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const headers = data.length > 0 ? { Range: `bytes=${data.length}-` } : {};
    const response = await fetch(BASE_URL + path, { headers });
    const range = response.headers.get('Content-Range');
    console.log(`GET ${path}${headers.Range ? ` with Range: ${headers.Range}` : ''}: ${response.status}${range ? `, Content-Range: ${range}` : ''}`);
    if (response.status === 416) {
      const size = Number(range?.split('/')[1]); // Content-Range: bytes */<size>
      if (size === data.length) return data;
      console.log(`${path} is ${size} bytes now, we have ${data.length}: starting over`);
      data = Buffer.alloc(0);
      continue;
    }
    if (response.status === 200) data = Buffer.alloc(0); // the whole file, not the rest of it
    else if (response.status !== 206 || !range?.startsWith(`bytes ${data.length}-`)) throw new Error(`GET ${path}: unexpected ${response.status}`);
    try {
      for await (const chunk of response.body) data = Buffer.concat([data, chunk]);
      return data;
    } catch {
      console.log(`GET ${path}: connection lost after ${data.length} bytes`);
    }
  }
  throw new Error(`GET ${path}: giving up`);
}

for (const path of ['/files/notes.txt', '/files/log.txt']) {
  console.log(`${path}: complete, ${(await download(path)).length} bytes`);
}
