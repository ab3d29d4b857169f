/**
 * The example programs of a page, each with the requests shown under it, in
 * the order shown. A reader starts a program once and sends those requests one
 * after another; the example tests do exactly the same, so what is shown is
 * what is tested, order included.
 */
import { codeTitle } from './code-title.ts';
import type { CodeData, ExampleRequest, ExpectedResponse } from './code-schema.ts';
import type { ComparisonData } from './comparison-schema.ts';
import { frameworks, type Framework } from './example-request.ts';

/** `example`, `bad` and `good` belong to a code page; `comparison` to a comparison page. */
export type ProgramRole = 'example' | 'bad' | 'good' | 'comparison';

/** One request shown under a program, and what the program must answer to it. */
export interface ExampleTry {
  /** Shown above the request, e.g. "Try Express.js" or "Sixth search in a minute → 429 Too Many Requests". */
  caption: string;
  request: ExampleRequest;
  expect: ExpectedResponse;
}

export interface ExampleProgram {
  role: ProgramRole;
  framework: Framework;
  /** The program, relative to `content/examples/`. */
  file: string;
  /** The requests, in the order the page shows them; the reader sends them to one running program. */
  tries: ExampleTry[];
  /** Why this framework's program shows something other than the code itself. */
  note?: string;
}

/** The four programs of a code page: Express and Flask examples, then the bad and good pair. */
export function examplePrograms(data: CodeData): ExampleProgram[] {
  const { example, practice, code } = data;
  const practiceExtension = practice.framework === 'express' ? 'mjs' : 'py';
  const main = (framework: Framework, file: string): ExampleProgram => {
    const override = example[framework];
    return {
      role: 'example',
      framework,
      file,
      tries: [{ caption: `Try ${frameworks[framework].label}`, request: override?.request ?? example.request, expect: override?.expect ?? example.expect }],
      ...(override ? { note: override.note } : {}),
    };
  };
  const practiceProgram = (role: 'bad' | 'good'): ExampleProgram => ({
    role,
    framework: practice.framework,
    file: `${code}/${role}.${practiceExtension}`,
    tries: [{ caption: `Try ${frameworks[practice.framework].label}`, request: practice.request, expect: practice[role] }],
  });
  return [main('express', `${code}/app.mjs`), main('flask', `${code}/app.py`), practiceProgram('bad'), practiceProgram('good')];
}

/** The file of each of a comparison's programs, in the order they are shown. */
export function comparisonProgramFiles(slug: string): { framework: Framework; file: string }[] {
  return [
    { framework: 'express', file: `compare/${slug}/app.mjs` },
    { framework: 'flask', file: `compare/${slug}/app.py` },
  ];
}

/**
 * A comparison's two programs. Each serves every side, and the reader sends
 * each side's request, in the order of the sides, to the same running program.
 * `reasonOf` gives a compared code's reason phrase, for the captions.
 */
export function comparisonPrograms(slug: string, data: ComparisonData, reasonOf: (code: number) => string): ExampleProgram[] {
  return comparisonProgramFiles(slug).map(({ framework, file }) => ({
    role: 'comparison',
    framework,
    file,
    tries: data.sides.map((side) => ({
      caption: `${side.situation} → ${codeTitle({ code: side.code, reason: reasonOf(side.code) })}`,
      request: side.request,
      expect: side.expect,
    })),
  }));
}
