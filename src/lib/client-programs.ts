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
  /** How the reader runs it. */
  run: string;
}

const runOf = (language: ClientLanguage, fileName: string): string =>
  language === 'javascript' ? `node ${fileName}` : `pip install requests && python3 ${fileName}`;

const program = (code: number, role: ClientProgram['role'], language: ClientLanguage, fileName: string): ClientProgram => ({
  role,
  language,
  file: `${code}/${fileName}`,
  fileName,
  run: role === 'server' ? 'npm install express && node server.mjs' : runOf(language, fileName),
});

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
