/**
 * Reading content files and reporting their mistakes in the project's one
 * error format, `content/<folder>/<file>.mdx: <field.path>: <what is wrong and
 * what is allowed>`, whether a mistake is found by a schema or by a check
 * across files. The build and the tests both read content through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { load, YAMLException } from 'js-yaml';

export interface ContentFile {
  /** The file relative to the project, e.g. "content/codes/200.mdx". */
  file: string;
  /** The file name without its extension, e.g. "200" or "401-vs-403". */
  slug: string;
  /** The parsed YAML frontmatter. */
  frontmatter: unknown;
  /** The MDX body, after the frontmatter. */
  body: string;
  /** The line of the file on which the body starts (1-based), for messages that name a line. */
  bodyLine: number;
}

/**
 * Parsed frontmatter by its YAML text. One build reads every file several
 * times (each collection's checks, the index of links, the social cards);
 * the text is the key, so an edited file is always parsed afresh. Callers
 * must not modify what they get. js-yaml is the parser Astro itself uses
 * for frontmatter, so these checks see what Astro sees.
 */
const parsedYaml = new Map<string, unknown>();

/** Splits an MDX file into its YAML frontmatter and body; throws a one-line message naming the file. */
export function splitFrontmatter(file: string, source: string): Omit<ContentFile, 'file' | 'slug'> {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!match) throw new Error(`${file}: (frontmatter): missing; the file must start with YAML between two "---" lines`);
  const yaml = match[1] ?? '';
  try {
    const frontmatter = parsedYaml.has(yaml) ? parsedYaml.get(yaml) : load(yaml);
    parsedYaml.set(yaml, frontmatter);
    return { frontmatter, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines from 0 within the frontmatter; the file's line 1 is the opening "---".
    throw new Error(`${file}: (frontmatter): not valid YAML at line ${error.mark.line + 2}: ${error.reason}`);
  }
}

/** Every `.mdx` file of `content/<folder>/`, in name order ("200" before "1000"). */
export function readContentFolder(projectRoot: string, folder: string): { files: ContentFile[]; problems: string[] } {
  const directory = join(projectRoot, 'content', folder);
  const files: ContentFile[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.mdx')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const file = `content/${folder}/${name}`;
    try {
      files.push({ file, slug: name.replace(/\.mdx$/, ''), ...splitFrontmatter(file, readFileSync(join(directory, name), 'utf8')) });
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { files, problems };
}

/** The fields an object schema accepts at `path`, for telling an author which keys exist. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let value = node as { unwrap?: () => unknown; def?: { innerType?: unknown; in?: unknown } };
    for (let depth = 0; depth < 10 && value; depth += 1) {
      if (value.def?.innerType) value = value.def.innerType as typeof value;
      else if (value.def?.in) value = value.def.in as typeof value;
      else break;
    }
    return value;
  };
  for (const key of path) {
    current = unwrap(current);
    const node = current as { shape?: Record<string, unknown>; element?: unknown; def?: { valueType?: unknown } };
    if (typeof key === 'number' && node.element) current = node.element;
    else if (node.shape && typeof key === 'string') current = node.shape[key];
    else if (node.def?.valueType) current = node.def.valueType;
    else return [];
  }
  const shape = (unwrap(current) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * A schema error as lines of `<file>: <field.path>: <message>`, one per
 * problem. Missing fields and unknown keys say what is expected, and an
 * unknown key lists the fields that exist there.
 */
export function describeSchemaError(file: string, error: z.ZodError, schema?: z.ZodType): string {
  return error.issues
    .flatMap((issue) => {
      const path = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') {
        const allowed = schema ? fieldsAt(schema, issue.path) : [];
        return issue.keys.map(
          (key) => `${file}: ${[...path, key].join('.')}: is not a known field${allowed.length ? `; the fields here are ${allowed.join(', ')}` : ''}`,
        );
      }
      const message = issue.message.replace(/^Invalid input: expected (.+), received undefined$/, 'is missing; expected $1');
      return [`${file}: ${path.length ? path.join('.') : '(frontmatter)'}: ${message}`];
    })
    .join('\n');
}

/**
 * An error whose message is the whole report: Astro prints it as is, without
 * a stack trace or a source location inside this project's code between the lines.
 */
export class ContentError extends Error {
  constructor(heading: string, problems: readonly string[]) {
    super(`${heading}\n${problems.join('\n')}`);
    this.name = 'ContentError';
    this.stack = '';
  }
}
