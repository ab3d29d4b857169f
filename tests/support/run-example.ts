/**
 * Runs an example program exactly as a reader would (`node app.mjs`,
 * `python3 app.py`), sends it the page's request and reports what came back.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer, connect } from 'node:net';
import type { ExampleRequest, ExpectedResponse } from '../../src/lib/code-schema.ts';
import type { Framework } from '../../src/lib/example-request.ts';

export interface Response {
  /** The final status, or "no response" when the server closed the connection without one. */
  status: number | 'no response';
  /** Interim 1xx statuses received before the final one. */
  interim: number[];
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let python: string | undefined;

/** The first Python 3 that can import Flask; fails with what to install when there is none. */
export function findPythonWithFlask(): string {
  if (python) return python;
  const candidates = [process.env['PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c));
  python = candidates.find((candidate) => spawnSync(candidate, ['-c', 'import flask'], { stdio: 'ignore' }).status === 0);
  if (!python) {
    throw new Error(
      `No Python 3 with Flask found (tried ${candidates.join(', ')}). Install it: apt-get install -y python3-flask ` +
        '(or pip install flask), or point PYTHON at an interpreter that has Flask.',
    );
  }
  return python;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilListening(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the program exited with code ${child.exitCode}:\n${output()}`);
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the program did not listen on port ${port} within 30 s:\n${output()}`);
}

function send(port: number, request: ExampleRequest): Promise<Response> {
  return new Promise((resolve, reject) => {
    const interim: number[] = [];
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: request.method, path: request.path, headers: request.headers },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, interim, headers: incoming.headers, body }));
      },
    );
    outgoing.on('information', (info) => interim.push(info.statusCode));
    // A 101 Switching Protocols hands the connection to another protocol: the exchange ends here.
    outgoing.on('upgrade', (incoming, socket) => {
      socket.destroy();
      resolve({ status: incoming.statusCode ?? 0, interim, headers: incoming.headers, body: '' });
    });
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error('no response within 10 s')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // The server hung up without a status line (e.g. an emulation of nginx's 444).
      if (error.code === 'ECONNRESET' || error.message === 'socket hang up') {
        resolve({ status: 'no response', interim, headers: {}, body: '' });
      } else {
        reject(error);
      }
    });
    outgoing.end(request.body);
  });
}

/** Starts the program at `path`, sends `request`, stops the program and returns the response. */
export async function runExample(path: string, framework: Framework, request: ExampleRequest): Promise<Response> {
  const port = await freePort();
  const [command, args] = framework === 'express' ? [process.execPath, [path]] : [findPythonWithFlask(), [path]];
  const child = spawn(command, args, { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  try {
    await waitUntilListening(port, child, () => output);
    let response = await send(port, request);
    for (let sent = 1; sent < request.repeat; sent += 1) {
      response = await send(port, request);
    }
    return response;
  } finally {
    child.kill();
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
