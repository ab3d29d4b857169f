/**
 * A comparison's sides joined with the pages of their codes, so components
 * can show each side's authored cells next to the facts its code page holds.
 */
import type { CodeData } from './code-schema.ts';
import type { ComparisonData, ComparisonSide } from './comparison-schema.ts';
import { getCodeEntry } from './codes.ts';

export interface ComparedCode {
  side: ComparisonSide;
  /** The code's own page data: reason phrase, facts, specification. */
  code: CodeData;
}

export async function comparedCodes(data: ComparisonData): Promise<ComparedCode[]> {
  return Promise.all(data.sides.map(async (side) => ({ side, code: (await getCodeEntry(side.code)).data })));
}
