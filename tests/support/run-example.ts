/**
 * Runs an example program exactly as a reader would (`node app.mjs`,
 * `python3 app.py`), sends it the page's requests in the order shown, and
 * reports what came back.
 *
 * Ports cannot collide: the program is started with PORT=0, so the operating
 * system gives it a free port, and the port is read from the program's own
 * start-up line ("Listening on http://localhost:41234" from Express, Werkzeug's
 * " * Running on http://127.0.0.1:41234" from Flask). Requests therefore reach
 * the program that printed the line and no other, whatever runs in parallel.
 */
import { spawn, spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { ExampleRequest, ExpectedResponse } from '../../src/lib/code-schema.ts';
import { frameworks, type Framework } from '../../src/lib/example-request.ts';

/** A status line and its header lines, as they came over the wire. */
export interface RawHead {
  /** e.g. "HTTP/1.1 429 Too Many Requests". */
  statusLine: string;
  /** Name and value pairs in the order and spelling the server sent them. */
  headers: [string, string][];
}

export interface Response {
  /** The final status, or "no response" when the server closed the connection without one. */
  status: number | 'no response';
  /** Interim 1xx statuses received before the final one. */
  interim: number[];
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The interim heads, then the final one, as `curl -i` prints them; only the interim ones when there was no final response. */
  heads: RawHead[];
}

const pairs = (rawHeaders: string[]): [string, string][] =>
  rawHeaders.flatMap((name, index) => (index % 2 === 0 ? [[name, rawHeaders[index + 1] ?? ''] as [string, string]] : []));

const rawHead = (message: { httpVersion: string; statusCode?: number | undefined; statusMessage?: string | undefined; rawHeaders: string[] }): RawHead => ({
  statusLine: `HTTP/${message.httpVersion} ${message.statusCode ?? 0} ${message.statusMessage ?? ''}`.trimEnd(),
  headers: pairs(message.rawHeaders),
});

const pythons = new Map<string, string>();

/** The first Python 3 that can import `module`; fails with what to install when there is none. */
export function findPythonWith(module: 'flask' | 'requests'): string {
  const known = pythons.get(module);
  if (known) return known;
  const candidates = [process.env['PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c));
  const found = candidates.find((candidate) => spawnSync(candidate, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
  if (!found) {
    throw new Error(
      `No Python 3 with ${module} found (tried ${candidates.join(', ')}). Install it: apt-get install -y python3-${module} ` +
        `(or pip install ${module}), or point PYTHON at an interpreter that has it.`,
    );
  }
  pythons.set(module, found);
  return found;
}

/** The first Python 3 that can import Flask. */
export const findPythonWithFlask = (): string => findPythonWith('flask');

/** The line each framework prints once it listens, with the port it was given. */
const listeningLine: Record<Framework, RegExp> = {
  express: /^Listening on http:\/\/localhost:(\d+)$/m,
  flask: /^ \* Running on http:\/\/127\.0\.0\.1:(\d+)$/m,
};

export interface RunningProgram {
  /** The port the program printed it listens on. */
  port: number;
  /** Everything the program printed so far, stdout and stderr. */
  output(): string;
  stop(): void;
}

/** Starts the program with PORT=0 and resolves once it prints the port it listens on. */
export function startProgram(path: string, framework: Framework): Promise<RunningProgram> {
  const [command, args] = framework === 'express' ? [process.execPath, [path]] : [findPythonWithFlask(), [path]];
  const child = spawn(command, args, {
    env: { ...process.env, PORT: '0', PYTHONUNBUFFERED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${path} printed no "listening" line within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const port = listeningLine[framework].exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.stdout.on('data', (more: Buffer) => (output += more.toString()));
        child.stderr.on('data', (more: Buffer) => (output += more.toString()));
        resolve({ port: Number(port), output: () => output, stop: () => void child.kill() });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${path} exited with code ${code} before listening:\n${output}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Sends one request to the program on `port` and returns its answer. The
 * request carries the headers `curl` adds (`Host` with the port the page's
 * curl line uses, `User-Agent`, `Accept: *\/*`, and with `--data` a form
 * `Content-Type` and a `Content-Length`) unless the page sets them, so
 * the program sees what it sees when the reader pastes the curl line.
 */
export function send(port: number, request: ExampleRequest, shownPort: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const interim: number[] = [];
    const heads: RawHead[] = [];
    const given = new Set(Object.keys(request.headers).map((name) => name.toLowerCase()));
    const withBody =
      request.body === undefined
        ? {}
        : {
            'Content-Type': 'application/x-www-form-urlencoded',
            ...(given.has('transfer-encoding') ? {} : { 'Content-Length': String(Buffer.byteLength(request.body)) }),
          };
    const curlDefaults = Object.entries({ Host: `localhost:${shownPort}`, 'User-Agent': 'curl/8.14.1', Accept: '*/*', ...withBody }).filter(
      ([name]) => !given.has(name.toLowerCase()),
    );
    const headers = { ...Object.fromEntries(curlDefaults), ...request.headers };
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.path, headers, agent: false }, (incoming) => {
      let body = '';
      heads.push(rawHead(incoming));
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, interim, headers: incoming.headers, body, heads }));
    });
    outgoing.on('information', (info) => {
      interim.push(info.statusCode);
      heads.push(rawHead(info));
    });
    // A 101 Switching Protocols hands the connection to another protocol: the exchange ends here.
    outgoing.on('upgrade', (incoming, socket) => {
      socket.destroy();
      heads.push(rawHead(incoming));
      resolve({ status: incoming.statusCode ?? 0, interim, headers: incoming.headers, body: '', heads });
    });
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error('no response within 10 s')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // The server hung up without a status line (e.g. an emulation of nginx's 444).
      if (error.code === 'ECONNRESET' || error.message === 'socket hang up') {
        resolve({ status: 'no response', interim, headers: {}, body: '', heads });
      } else {
        reject(error);
      }
    });
    outgoing.end(request.body);
  });
}

/**
 * Starts the program once and sends each request in order, each as many
 * times as it repeats (as the page's `for` loop does). Returns, per request,
 * the answer to its last sending, which is the one the page's caption describes.
 */
export async function runInOrder(path: string, framework: Framework, requests: readonly ExampleRequest[]): Promise<Response[]> {
  const program = await startProgram(path, framework);
  const shownPort = frameworks[framework].defaultPort;
  try {
    const answers: Response[] = [];
    for (const request of requests) {
      let response = await send(program.port, request, shownPort);
      for (let sent = 1; sent < request.repeat; sent += 1) response = await send(program.port, request, shownPort);
      answers.push(response);
    }
    return answers;
  } finally {
    program.stop();
  }
}

/** Every way `response` differs from `expected`, as readable lines; empty when it matches. */
export function compareResponse(response: Response, expected: ExpectedResponse): string[] {
  const problems: string[] = [];
  if (response.status !== expected.status) {
    problems.push(`status is ${response.status}, expected ${expected.status} (body: ${response.body.slice(0, 200)})`);
  }
  if (response.interim.join() !== expected.interim.join()) {
    problems.push(`interim responses were [${response.interim.join(', ')}], expected [${expected.interim.join(', ')}]`);
  }
  for (const [name, want] of Object.entries(expected.headers)) {
    const raw = response.headers[name.toLowerCase()];
    const got = Array.isArray(raw) ? raw.join(', ') : raw;
    if (want === false) {
      if (got !== undefined) problems.push(`header ${name} should be absent, is "${got}"`);
    } else if (got === undefined) {
      problems.push(`header ${name} is missing`);
    } else if (want !== true && got !== want && got.split(';')[0]?.trim() !== want) {
      problems.push(`header ${name} is "${got}", expected "${want}"`);
    }
  }
  if (expected.body === false && response.body.length > 0) {
    problems.push(`expected no body, got ${response.body.length} bytes`);
  }
  if (expected.body === true && response.body.length === 0) {
    problems.push('expected a body, got none');
  }
  return problems;
}
