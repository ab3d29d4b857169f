/**
 * The example programs of a page, with the request each is sent and what it
 * must answer. The page renders exactly this list and the example tests run
 * exactly this list, so what is shown is what is tested.
 */
import type { CodeData, ExampleRequest, ExpectedResponse } from './code-schema.ts';
import type { Framework } from './example-request.ts';

export type ProgramRole = 'example' | 'bad' | 'good';

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
