/**
 * The checks on comparison pages and on the guide: each mistake an author can
 * make fails with a message naming the file and the field.
 */
import { describe, expect, test } from 'vitest';
import { comparisonSchema } from '../../src/lib/comparison-schema.ts';
import { findComparisonProblems, type ComparisonEntry } from '../../src/lib/comparison-catalogue.ts';
import { describeSchemaError } from '../../src/lib/content-files.ts';
import { findGuideProblems, guideSchema, stepsInOrder, type GuideStep } from '../../src/lib/guide-schema.ts';

const side = (code: number, request: Record<string, unknown> = { path: '/admin' }) => ({
  code,
  situation: `Side ${code}`,
  meaning: 'What this code tells the client.',
  cause: 'The situation that typically produces it.',
  client: 'What a client does when it receives it.',
  request,
  expect: { status: code },
});

const frontmatter = (codes: number[] = [401, 403]) => ({
  summary: 'One sentence that says how these codes differ from each other.',
  ruleOfThumb: 'No credentials: **401**. Credentials without the right: **403**.',
  sides: codes.map((code) => side(code)),
});

const body = '## How to tell them apart\n\nText.\n\n## Common mistakes\n\n- One.\n';

function comparison(codes: number[] = [401, 403], file = `content/comparisons/${codes.join('-vs-')}.mdx`, text = body): ComparisonEntry {
  return { file, data: comparisonSchema.parse(frontmatter(codes)), body: text };
}

const pages = new Set([200, 201, 204, 400, 401, 403, 404, 410, 422]);
const codeHasPage = (code: number): boolean => pages.has(code);
const everyExampleExists = (): boolean => true;

describe('comparison frontmatter', () => {
  test('a valid comparison parses', () => {
    expect(comparisonSchema.safeParse(frontmatter()).success).toBe(true);
  });

  test('a side whose request is expected to answer another code', () => {
    const data = frontmatter();
    data.sides[1] = { ...side(403), expect: { status: 401 } };
    const result = comparisonSchema.safeParse(data);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeSchemaError('content/comparisons/401-vs-403.mdx', result.error)).toBe(
        'content/comparisons/401-vs-403.mdx: sides.1.expect.status: must be 403: the request of this side must show its code',
      );
    }
  });

  test('one code, five codes, or the same code twice', () => {
    expect(comparisonSchema.safeParse(frontmatter([401])).success).toBe(false);
    expect(comparisonSchema.safeParse(frontmatter([200, 201, 204, 400, 401])).success).toBe(false);
    const twice = comparisonSchema.safeParse(frontmatter([401, 401]));
    expect(twice.success).toBe(false);
    if (!twice.success) expect(describeSchemaError('f.mdx', twice.error)).toContain('f.mdx: sides.1.code: 401 is compared twice');
  });

  test('Markdown in the summary', () => {
    const result = comparisonSchema.safeParse({ ...frontmatter(), summary: 'A summary that uses `code` and is long enough to pass.' });
    expect(result.success).toBe(false);
  });
});

describe('comparison checks', () => {
  test('consistent comparisons have no problems', () => {
    expect(findComparisonProblems([comparison(), comparison([404, 410])], codeHasPage, everyExampleExists)).toEqual([]);
  });

  test('a compared code without a page fails the build', () => {
    expect(findComparisonProblems([comparison([401, 407])], codeHasPage, everyExampleExists)).toEqual([
      'content/comparisons/401-vs-407.mdx: sides.1.code: 407 has no page (add content/codes/407.mdx or remove it)',
    ]);
  });

  test('a file name that does not list the codes in order', () => {
    expect(findComparisonProblems([comparison([401, 403], 'content/comparisons/403-vs-401.mdx')], codeHasPage, everyExampleExists)).toEqual([
      'content/comparisons/403-vs-401.mdx: sides: compare 401, 403, so the file must be named 401-vs-403.mdx',
    ]);
  });

  test('two pages comparing the same codes', () => {
    const problems = findComparisonProblems([comparison([401, 403]), comparison([401, 403], 'content/comparisons/401-vs-403.md')], codeHasPage, everyExampleExists);
    expect(problems).toContain('content/comparisons/401-vs-403.md: sides: content/comparisons/401-vs-403.mdx already compares these codes');
  });

  test('a missing example program', () => {
    const exists = (path: string): boolean => !path.endsWith('app.py');
    expect(findComparisonProblems([comparison()], codeHasPage, exists)).toEqual([
      'content/comparisons/401-vs-403.mdx: sides: content/examples/compare/401-vs-403/app.py is missing',
    ]);
  });

  test('a body without the required sections', () => {
    expect(findComparisonProblems([comparison([401, 403], undefined, '## Details\n\nText.\n')], codeHasPage, everyExampleExists)).toEqual([
      'content/comparisons/401-vs-403.mdx: body: must have exactly the sections "## How to tell them apart", "## Common mistakes" in that order (found "## Details")',
    ]);
  });
});

describe('guide checks', () => {
  const ending = (code: number, extra: Record<string, unknown> = {}) => ({ label: `Answer ${code}`, code, why: `Because ${code} says exactly what happened here.`, ...extra });
  const guide = (steps: Record<string, unknown>): Record<string, GuideStep> => guideSchema.parse(steps);
  const valid = {
    start: { question: 'Did it work?', answers: [{ label: 'Yes it did', next: 'success' }, { label: 'No, credentials', next: 'auth' }] },
    success: { question: 'What came back?', answers: [ending(200), ending(204)] },
    auth: { question: 'Who is asking?', answers: [ending(401, { compare: '401-vs-403' }), ending(403)] },
  };
  const comparisonExists = (slug: string): boolean => slug === '401-vs-403';
  const problems = (steps: Record<string, unknown>): string[] => findGuideProblems('content/guide.yaml', guide(steps), codeHasPage, comparisonExists);

  test('a consistent guide has no problems, and reads breadth first from start', () => {
    expect(problems(valid)).toEqual([]);
    expect(stepsInOrder(guide(valid))).toEqual(['start', 'success', 'auth']);
  });

  test('an ending at a code without a page', () => {
    expect(problems({ ...valid, success: { question: 'What came back?', answers: [ending(200), ending(299)] } })).toEqual([
      'content/guide.yaml: success.answers.1.code: 299 has no page (add content/codes/299.mdx)',
    ]);
  });

  test('an answer leading to no question, and a question no answer leads to', () => {
    expect(problems({ ...valid, start: { question: 'Did it work?', answers: [{ label: 'Yes it did', next: 'succes' }, { label: 'No, credentials', next: 'auth' }] } })).toEqual([
      'content/guide.yaml: start.answers.0.next: no question has the id "succes"',
      'content/guide.yaml: success: no answer leads to this question',
    ]);
  });

  test('a loop', () => {
    const looping = { ...valid, auth: { question: 'Who is asking?', answers: [ending(401), { label: 'Back', next: 'start' }] } };
    expect(problems(looping)).toContain('content/guide.yaml: start: the questions loop (start → auth → start)');
  });

  test('a comparison that does not exist, or does not include the code', () => {
    const auth = { question: 'Who is asking?', answers: [ending(401, { compare: '401-vs-407' }), ending(403, { compare: '401-vs-403' }), ending(404, { compare: '401-vs-403' })] };
    expect(problems({ ...valid, auth })).toEqual([
      'content/guide.yaml: auth.answers.0.compare: there is no content/comparisons/401-vs-407.mdx',
      'content/guide.yaml: auth.answers.2.compare: 401-vs-403 does not compare 404',
    ]);
  });

  test('no start, and an id the page already uses', () => {
    const { start, ...rest } = valid;
    expect(problems({ ...rest, content: start })).toEqual(
      expect.arrayContaining(['content/guide.yaml: start: the guide needs a first question with the id "start"', 'content/guide.yaml: content: the page already uses the id "content"; rename the question']),
    );
  });

  test('a step id that is not a plain fragment', () => {
    expect(guideSchema.safeParse({ ...valid, 'Auth 2': valid.auth }).success).toBe(false);
  });
});
