/**
 * Which preview cards the site has and what each says: one per code, class
 * and comparison, and one for the other pages. Pure, so the og route (from the
 * content collections) and the build's card renderer (from the content files,
 * before Astro renders anything) derive the very same list.
 */
import { codeTitle } from './code-title.ts';
import { comparisonTitle } from './comparison-title.ts';
import type { Card } from './social-image.ts';
import { classOf, statusClasses } from './status-class.ts';

export interface CardInput {
  codes: readonly { code: number; reason: string; summary: string; unofficial?: { usedBy: string } | undefined }[];
  comparisons: readonly { id: string; summary: string; sides: readonly { code: number }[] }[];
}

/** Every card as `{ name, card }`: /og/<name>.png. */
export function socialCards({ codes, comparisons }: CardInput): { name: string; card: Card }[] {
  const reasons = new Map(codes.map((data) => [data.code, data.reason]));
  return [
    ...codes.map((data) => ({
      name: String(data.code),
      card: {
        title: codeTitle(data),
        summary: data.summary,
        eyebrow: `${classOf(data.code).id} ${classOf(data.code).name}${data.unofficial ? ` · Unofficial (${data.unofficial.usedBy})` : ''}`,
        classDigit: String(data.code).charAt(0),
      },
    })),
    ...statusClasses.map((statusClass) => ({
      name: statusClass.id,
      card: { title: `${statusClass.id} ${statusClass.name}`, summary: statusClass.description, eyebrow: 'Status code class', classDigit: statusClass.id.charAt(0) },
    })),
    ...comparisons.map(({ id, summary, sides }) => ({
      name: id,
      card: {
        title: comparisonTitle(sides.map((side) => ({ code: side.code, reason: reasons.get(side.code) ?? '' }))),
        summary,
        eyebrow: 'Comparison',
        classDigit: String(sides[0]?.code ?? '').charAt(0),
      },
    })),
    {
      name: 'site',
      card: { title: 'HTTP status codes', summary: 'What each code means, when to send it, and Express and Flask examples that are tested.', eyebrow: 'Reference' },
    },
  ];
}
