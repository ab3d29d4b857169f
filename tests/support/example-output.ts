/**
 * What the reader sees after pasting a page's curl line: the transcript
 * `curl -i` prints, less the headers that say nothing about the example.
 * `npm run outputs:record` stores one transcript per request in
 * `content/examples/<folder>/outputs.yaml`; the example tests rebuild it from
 * the real run and fail when it differs from the stored one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { outputsHeader, readOutputsFile } from '../../src/lib/example-outputs.ts';
import type { ExampleProgram } from '../../src/lib/example-programs.ts';
import { examplesDirectory } from './content.ts';
import type { Response } from './run-example.ts';

/**
 * Headers left out of the transcript: they change from run to run or from
 * version to version (Date, Server, ETag of a body nobody validates) or only
 * manage the connection. A `Connection` header that upgrades is kept.
 */
const leftOut = new Set(['date', 'server', 'x-powered-by', 'content-length', 'transfer-encoding', 'keep-alive']);

/** Body characters shown; a longer body is cut at a line end and marked. */
const bodyLimit = 360;

function shownBody(body: string): string {
  const text = body.replace(/\s+$/, '');
  if (text.length <= bodyLimit) return text;
  const cut = text.lastIndexOf('\n', bodyLimit) > bodyLimit / 2 ? text.lastIndexOf('\n', bodyLimit) : bodyLimit;
  return `${text.slice(0, cut).replace(/\s+$/, '')}\n… (${text.length - cut} more characters)`;
}

/**
 * The transcript of one response, as `curl -i` prints it (`--head` for a
 * HEAD request): each interim head, then the final head and the body, or
 * curl's error when the connection closed without a final response.
 * `source` is the program's text; an `ETag` is shown only when the program
 * deals with ETags itself.
 */
export function transcript(response: Response, method: string, source: string): string {
  const showsEtag = /etag/i.test(source);
  const heads = response.heads.map((head) =>
    [
      head.statusLine,
      ...head.headers
        .filter(([name, value]) => {
          const lower = name.toLowerCase();
          if (lower === 'connection') return /upgrade/i.test(value);
          if (lower === 'etag') return showsEtag;
          return !leftOut.has(lower);
        })
        .map(([name, value]) => `${name}: ${value}`),
    ].join('\n'),
  );
  if (response.status === 'no response') return [...heads, 'curl: (52) Empty reply from server'].join('\n\n');
  // A stack trace names the folder the program was saved in: show a placeholder rather than this machine's.
  const body = method === 'HEAD' ? '' : shownBody(response.body.replace(/file:\/\/\/[^\s"'<>]*?\/content\/examples\/[^/\s]+\//g, 'file:///path/to/'));
  return [heads.join('\n\n'), body].join('\n\n').replace(/\s+$/, '');
}

/**
 * Values that differ from run to run, replaced before two transcripts are
 * compared: dates and times, random ids, seconds to wait that a program
 * computes from the clock, and the order of `Allow` (Werkzeug builds it from
 * a Python set, whose order changes from run to run).
 */
export function comparable(text: string): string {
  return text
    .replace(/^Allow: (.*)$/gm, (_, methods: string) => `Allow: ${methods.split(/,\s*/).sort().join(', ')}`)
    .replace(/^Retry-After: \d+$/gm, 'Retry-After: <seconds>')
    .replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT\b/g, '<http-date>')
    .replace(/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?\b/g, '<time>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\b1[7-9]\d{8}(\.\d+)?\b/g, '<epoch>');
}

/** The folder's stored transcripts, by program file name (empty when nothing is recorded yet). */
export function storedOutputs(folder: string): Record<string, string[]> {
  const file = join(examplesDirectory, folder, 'outputs.yaml');
  try {
    return readOutputsFile(`content/examples/${folder}/outputs.yaml`, readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Writes the transcripts of the given folders (others are left alone, so two recorders can run side by side), programs in name order. */
export function writeOutputs(recorded: Map<string, string[]>, folders: ReadonlySet<string>): void {
  const byFolder = new Map<string, Record<string, string[]>>();
  for (const [file, outputs] of [...recorded].sort(([a], [b]) => a.localeCompare(b))) {
    const folder = dirname(file);
    byFolder.set(folder, { ...byFolder.get(folder), [basename(file)]: outputs });
  }
  for (const [folder, outputs] of byFolder) {
    if (!folders.has(folder)) continue;
    writeFileSync(join(examplesDirectory, folder, 'outputs.yaml'), `${outputsHeader}\n${dump(outputs, { lineWidth: -1, noRefs: true })}`);
  }
}

export type { ExampleProgram };
