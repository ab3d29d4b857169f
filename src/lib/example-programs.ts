/**
 * The example programs of a page, with the request each is sent and what it
 * must answer. The page renders exactly this list and the example tests run
 * exactly this list, so what is shown is what is tested.
 */
import type { CodeData, ExampleRequest, ExpectedResponse } from './code-schema.ts';
import type { ComparisonData } from './comparison-schema.ts';
import type { Framework } from './example-request.ts';

/** `example`, `bad` and `good` belong to a code page; `comparison` to one side of a comparison page. */
export type ProgramRole = 'example' | 'bad' | 'good' | 'comparison';

export interface ExampleProgram {
  role: ProgramRole;
  framework: Framework;
  /** The program, relative to `content/examples/`. */
  file: string;
  request: ExampleRequest;
  expect: ExpectedResponse;
  /** Why this framework's program shows something other than the code itself. */
  note?: string;
}

export function examplePrograms(data: CodeData): ExampleProgram[] {
  const { example, practice, code } = data;
  const practiceExtension = practice.framework === 'express' ? 'mjs' : 'py';
  const main = (framework: Framework, file: string): ExampleProgram => {
    const override = example[framework];
    return {
      role: 'example',
      framework,
      file,
      request: override?.request ?? example.request,
      expect: override?.expect ?? example.expect,
      ...(override ? { note: override.note } : {}),
    };
  };
  return [
    main('express', `${code}/app.mjs`),
    main('flask', `${code}/app.py`),
    { role: 'bad', framework: practice.framework, file: `${code}/bad.${practiceExtension}`, request: practice.request, expect: practice.bad },
    { role: 'good', framework: practice.framework, file: `${code}/good.${practiceExtension}`, request: practice.request, expect: practice.good },
  ];
}

/** The two programs of a comparison, in the order they are shown. */
export function comparisonProgramFiles(slug: string): { framework: Framework; file: string }[] {
  return [
    { framework: 'express', file: `compare/${slug}/app.mjs` },
    { framework: 'flask', file: `compare/${slug}/app.py` },
  ];
}

/**
 * A comparison's programs, one entry per program and side: each program
 * serves every side, and each side's request must get that side's code.
 */
export function comparisonPrograms(slug: string, data: ComparisonData): ExampleProgram[] {
  return comparisonProgramFiles(slug).flatMap(({ framework, file }) =>
    data.sides.map((side): ExampleProgram => ({ role: 'comparison', framework, file, request: side.request, expect: side.expect })),
  );
}
