/** The programs of a code page's client section, in the order shown. */
import type { CodeData } from './code-schema.ts';

export type ClientLanguage = 'javascript' | 'python';

export interface ClientProgram {
  /** `server` is the server the clients are run against when it is not the page's `app.mjs`. */
  role: 'server' | 'client' | 'client-bad';
  language: ClientLanguage;
  /** Relative to `content/examples/`. */
  file: string;
  /** The file name the reader saves it as. */
  fileName: string;
}

const program = (code: number, role: ClientProgram['role'], language: ClientLanguage, fileName: string): ClientProgram => ({
  role,
  language,
  file: `${code}/${fileName}`,
  fileName,
});

/**
 * How a program is labelled and run, from the library its source uses: a
 * client that must see a 100 Continue uses `node:http` or `http.client`,
 * since `fetch` and `requests` cannot wait for one; only `requests` needs
 * installing.
 */
export function programUsage(program: ClientProgram, source: string): { label: string; run: string } {
  if (program.role === 'server') return { label: 'Server to try them against', run: `npm install express && node ${program.fileName}` };
  if (program.language === 'javascript') return { label: `JavaScript (${/\bfetch\(/.test(source) ? 'fetch' : 'node:http'}, Node 24)`, run: `node ${program.fileName}` };
  const requests = /^import requests$/m.test(source);
  return { label: `Python (${requests ? 'requests' : 'http.client'})`, run: `${requests ? 'pip install requests && ' : ''}python3 ${program.fileName}` };
}

/** The server (when purpose-built), the two clients and the bad client, as the page shows them; empty without a client section. */
export function clientPrograms(data: CodeData): ClientProgram[] {
  const { client, code } = data;
  if (!client) return [];
  return [
    ...(client.server === 'server.mjs' ? [program(code, 'server', 'javascript', 'server.mjs')] : []),
    program(code, 'client', 'javascript', 'client.mjs'),
    program(code, 'client', 'python', 'client.py'),
    ...(client.mistake ? [program(code, 'client-bad', client.mistake.language, client.mistake.language === 'javascript' ? 'client-bad.mjs' : 'client-bad.py')] : []),
  ];
}
