/**
 * Playwright's global setup: serves the two builds the browser tests use,
 * `dist/` at the root and `dist-base/` under /http-status/, each with
 * `astro preview --port 0`, the way `npm start` serves the site.
 *
 * The operating system picks each port, and the port is read from the
 * server's own start-up line, so a test can only ever reach the server
 * started here, whatever else runs on the machine. The origins reach the
 * tests through environment variables (workers start after this setup).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = join(import.meta.dirname, '../..');

/** The sub-path of the second build (`npm run build:base`), as on a GitHub Pages project site. */
export const basePath = '/http-status/';

/** Starts `astro preview` on a free port and resolves with its origin once it answers with the site. */
export function preview(outDir: string, env: Record<string, string> = {}): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--port', '0', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`astro preview --outDir ${outDir} printed no address within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      // With FORCE_COLOR set (as CI does), colour codes sit inside the address line.
      const port = /Local\s+http:\/\/localhost:(\d+)\//.exec(stripVTControlCharacters(output))?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({ origin: `http://localhost:${port}`, child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`astro preview --outDir ${outDir} exited with code ${code}:\n${output}`)));
  });
}

/** Checks that `url` is this site's page, not some other program's. */
async function expectSite(url: string): Promise<void> {
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200 || !html.includes('<title>Every HTTP status code, explained · HTTP Status Codes</title>')) {
    throw new Error(`${url} answered ${response.status} without this site's home page`);
  }
}

export default async function globalSetup(): Promise<() => void> {
  const [site, base] = await Promise.all([preview('dist', {}), preview('dist-base', { BASE_PATH: basePath })]);
  const stop = (): void => {
    site.child.kill();
    base.child.kill();
  };
  try {
    await expectSite(`${site.origin}/`);
    await expectSite(`${base.origin}${basePath}`);
  } catch (error) {
    stop();
    throw error;
  }
  process.env['E2E_SITE_ORIGIN'] = site.origin;
  process.env['E2E_BASE_ORIGIN'] = base.origin;
  return stop;
}
