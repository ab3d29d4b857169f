/**
 * The guide's questions in reading order, and its endings, read from the
 * `guide` collection (content/guide.yaml, checked by its loader).
 */
import { getCollection } from 'astro:content';
import { endingId, isCodeAnswer, stepsInOrder, type CodeAnswer, type GuideStep } from './guide-schema.ts';

export interface GuideQuestion {
  id: string;
  step: GuideStep;
}

export interface GuideEnding {
  /** The URL fragment, e.g. "auth-401". */
  id: string;
  /** The question it answers. */
  from: string;
  answer: CodeAnswer;
}

export async function getGuide(): Promise<{ questions: GuideQuestion[]; endings: GuideEnding[] }> {
  const steps = Object.fromEntries((await getCollection('guide')).map((entry) => [entry.id, entry.data]));
  const questions = stepsInOrder(steps).map((id) => ({ id, step: steps[id] as GuideStep }));
  const endings = questions.flatMap(({ id, step }) =>
    step.answers.filter(isCodeAnswer).map((answer) => ({ id: endingId(id, answer), from: id, answer })),
  );
  return { questions, endings };
}

/** Where an answer leads: the next question's fragment, or its ending's. */
export function answerTarget(stepId: string, answer: GuideStep['answers'][number]): string {
  return isCodeAnswer(answer) ? endingId(stepId, answer) : answer.next;
}
