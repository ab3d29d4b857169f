/**
 * Runs a client program the way the page tells the reader to: start the
 * server, then run the client against it. Here the client talks to the server
 * through a recording tap (tests/support/http-tap.ts), so the checks can see
 * what it did on the wire: which requests, in what order, how long apart.
 */
import { spawn } from 'node:child_process';
import { startTap, type Exchange } from './http-tap.ts';
import { findPythonWith, startProgram } from './run-example.ts';

export interface ClientRun {
  exchanges: Exchange[];
  stdout: string;
  stderr: string;
  /** `null` when the client did not finish in time and was stopped. */
  exitCode: number | null;
  /** From the client's start to its exit, in milliseconds. */
  took: number;
}

/** How long a client may run; a client that ignores a cap and waits an hour is stopped here. */
const clientTimeout = 30_000;

export async function runClient(serverPath: string, clientPath: string, language: 'javascript' | 'python'): Promise<ClientRun> {
  const server = await startProgram(serverPath, 'express');
  const tap = await startTap(server.port);
  try {
    const [command, args] = language === 'javascript' ? [process.execPath, [clientPath]] : [findPythonWith('requests'), [clientPath]];
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, BASE_URL: `http://127.0.0.1:${tap.port}`, PYTHONUNBUFFERED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, clientTimeout);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    return { exchanges: tap.exchanges, stdout, stderr, exitCode, took: performance.now() - started };
  } finally {
    await tap.close();
    server.stop();
  }
}
