/**
 * The "Which status code should I use?" guide (`content/guide.yaml`): a tree
 * of questions. Each answer either leads to another question or ends at a
 * code, saying why that code fits.
 */
import { z } from 'astro/zod';
import { statusCodeSchema } from './code-schema.ts';
import { codesInSlug } from './comparison-schema.ts';

/** An answer that leads to a further question. */
export const nextAnswerSchema = z.strictObject({
  /** The answer as the reader would say it, e.g. "It failed because of the request". */
  label: z.string().min(3).max(120),
  /** The id of the question it leads to. */
  next: z.string(),
});

/** An answer that ends the guide at a code. */
export const codeAnswerSchema = z.strictObject({
  /** The answer as the reader would say it, e.g. "No credentials, or invalid ones". */
  label: z.string().min(3).max(120),
  /** The code to use; it must have its own page. */
  code: statusCodeSchema,
  /** Why this code fits, in one or two sentences (inline Markdown allowed). */
  why: z.string().min(30).max(400),
  /** A comparison page that helps here, by its file name, e.g. "401-vs-403"; it must include `code`. */
  compare: z.string().regex(/^\d{3}(-vs-\d{3})+$/, { error: 'must be a comparison file name such as "401-vs-403"' }).optional(),
});

export const guideStepSchema = z.strictObject({
  /** The question, e.g. "Who is asking?". */
  question: z.string().min(5).max(120),
  /** One or two sentences that help answer it (inline Markdown allowed). */
  help: z.string().min(10).optional(),
  /** Two or more answers, each leading on or ending at a code. */
  answers: z.array(z.union([nextAnswerSchema, codeAnswerSchema])).min(2, { error: 'needs at least two answers' }),
});

/** Step ids become URL fragments (`/choose/#auth`); an ending is `<step>-<code>` (`#auth-401`). */
export const stepIdPattern = /^[a-z]+(-[a-z]+)*$/;

/** Ids the /choose/ page already uses for itself (the layout's `<main id="content">`, its sections). */
export const reservedStepIds = ['content', 'compared'] as const;

/** The whole guide: steps by id, starting at `start`. */
export const guideSchema = z.record(z.string().regex(stepIdPattern, { error: 'must be lower-case words joined by "-", such as "auth" or "client-error"' }), guideStepSchema);

export type GuideStep = z.output<typeof guideStepSchema>;
export type GuideAnswer = GuideStep['answers'][number];
export type CodeAnswer = z.output<typeof codeAnswerSchema>;

export const isCodeAnswer = (answer: GuideAnswer): answer is CodeAnswer => 'code' in answer;

/** The fragment of the ending reached by `answer` in step `stepId`, e.g. "auth-401". */
export function endingId(stepId: string, answer: CodeAnswer): string {
  return `${stepId}-${answer.code}`;
}

/** The step ids in reading order: breadth first from `start`. Unreachable steps are left out. */
export function stepsInOrder(steps: Record<string, GuideStep>): string[] {
  const order: string[] = [];
  const queue = ['start'];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const step = steps[id];
    if (!step || order.includes(id)) continue;
    order.push(id);
    for (const answer of step.answers) if (!isCodeAnswer(answer)) queue.push(answer.next);
  }
  return order;
}

/**
 * Problems no single step can show: a missing start, an answer leading
 * nowhere, a code or comparison without a page, a step nobody reaches, a loop,
 * or the same code twice in one step. One line each, naming the file and field.
 */
export function findGuideProblems(
  file: string,
  steps: Record<string, GuideStep>,
  codeHasPage: (code: number) => boolean,
  comparisonExists: (slug: string) => boolean,
): string[] {
  const problems: string[] = [];
  if (!steps['start']) problems.push(`${file}: start: the guide needs a first question with the id "start"`);
  for (const [id, step] of Object.entries(steps)) {
    if ((reservedStepIds as readonly string[]).includes(id)) problems.push(`${file}: ${id}: the page already uses the id "${id}"; rename the question`);
    const endings = new Set<number>();
    step.answers.forEach((answer, index) => {
      const field = `${file}: ${id}.answers.${index}`;
      if (!isCodeAnswer(answer)) {
        if (!steps[answer.next]) problems.push(`${field}.next: no question has the id "${answer.next}"`);
        return;
      }
      if (!codeHasPage(answer.code)) problems.push(`${field}.code: ${answer.code} has no page (add content/codes/${answer.code}.mdx)`);
      if (endings.has(answer.code)) problems.push(`${field}.code: ${answer.code} already ends another answer of "${id}"; merge them`);
      endings.add(answer.code);
      if (answer.compare !== undefined) {
        if (!comparisonExists(answer.compare)) {
          problems.push(`${field}.compare: there is no content/comparisons/${answer.compare}.mdx`);
        } else if (!codesInSlug(answer.compare).includes(answer.code)) {
          problems.push(`${field}.compare: ${answer.compare} does not compare ${answer.code}`);
        }
      }
    });
  }
  const reachable = new Set(stepsInOrder(steps));
  for (const id of Object.keys(steps)) {
    if (!reachable.has(id)) problems.push(`${file}: ${id}: no answer leads to this question`);
  }
  // A loop would send a reader round in circles: walk every path from start.
  const visit = (id: string, path: string[]): void => {
    if (path.includes(id)) {
      problems.push(`${file}: ${id}: the questions loop (${[...path, id].join(' → ')})`);
      return;
    }
    for (const answer of steps[id]?.answers ?? []) if (!isCodeAnswer(answer)) visit(answer.next, [...path, id]);
  };
  if (steps['start']) visit('start', []);
  return [...new Set(problems)];
}
