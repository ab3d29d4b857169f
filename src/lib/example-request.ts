/**
 * Example programs and the requests that exercise them. The page shows the
 * program and a `curl` line built from the request; the example tests run the
 * very same file and send the very same request.
 */
import type { ExampleRequest } from './code-schema.ts';

export type Framework = 'express' | 'flask';

export interface FrameworkInfo {
  /** Shown above the program. */
  label: string;
  /** The file name the reader saves the program as. */
  fileName: string;
  /** Shiki language id. */
  lang: 'javascript' | 'python';
  /** The port the program listens on when PORT is not set. */
  defaultPort: number;
  /** How the reader installs and runs it. */
  run: string;
}

export const frameworks: Record<Framework, FrameworkInfo> = {
  express: { label: 'Express.js', fileName: 'app.mjs', lang: 'javascript', defaultPort: 3000, run: 'npm install express && node app.mjs' },
  flask: { label: 'Flask', fileName: 'app.py', lang: 'python', defaultPort: 5000, run: 'pip install flask && python3 app.py' },
};

/** Quotes a word for a POSIX shell only when it needs it. */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The `curl` command that sends `request` to a program listening on `port`. */
export function curlCommand(request: ExampleRequest, port: number): string {
  const words = ['curl', '-i'];
  if (request.method === 'HEAD') {
    words.push('--head');
  } else if (request.method !== 'GET' && !(request.method === 'POST' && request.body !== undefined)) {
    words.push('-X', request.method);
  }
  for (const [name, value] of Object.entries(request.headers)) {
    words.push('-H', `${name}: ${value}`);
  }
  if (request.body !== undefined) {
    words.push('--data', request.body);
  }
  words.push(`http://localhost:${port}${request.path}`);
  const command = words.map(shellQuote).join(' ');
  return request.repeat === 1 ? command : `for i in $(seq ${request.repeat}); do ${command}; echo; done`;
}
