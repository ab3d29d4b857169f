/**
 * The sections of each kind of page, in the order they appear, with the id
 * that links to them (`/codes/429/#when-not-to-use`). Components take their
 * ids and titles from here, and so do the "On this page" list and the check
 * that every link in the prose reaches an existing anchor.
 */
export interface PageSectionInfo {
  /** The anchor, derived from the section's name, never from its position. */
  id: string;
  /** The heading, as shown. */
  title: string;
}

const section = (id: string, title: string): PageSectionInfo => ({ id, title });

/** The `## ` headings of a code page's MDX body, in order (the content loader enforces them). */
export const codeBodySections = [
  section('what-it-means', 'What it means'),
  section('common-causes', 'Common causes'),
  section('how-to-fix', 'How to fix'),
] as const;

/** The `## ` headings of a comparison's MDX body, in order. */
export const comparisonBodySections = [section('how-to-tell-them-apart', 'How to tell them apart'), section('common-mistakes', 'Common mistakes')] as const;

/** The sections of a code page that components render from the frontmatter. */
export const codeSections = {
  atAGlance: section('at-a-glance', 'At a glance'),
  seen: section('seen', 'You may have seen'),
  exchange: section('exchange', 'Example exchange'),
  examples: section('examples', 'Code examples'),
  constants: section('constants', 'In your code'),
  whenNotToUse: section('when-not-to-use', 'When not to use it'),
  badVsGood: section('bad-vs-good', 'Bad vs good practice'),
  related: section('related', 'Related codes'),
  specification: section('specification', 'Specification'),
} as const;

/** A code page's sections in reading order ("You may have seen" only where the page lists messages: see `codeSectionsOf`). */
export const codePageSections: readonly PageSectionInfo[] = [
  codeSections.atAGlance,
  codeSections.seen,
  ...codeBodySections,
  codeSections.exchange,
  codeSections.examples,
  codeSections.constants,
  codeSections.whenNotToUse,
  codeSections.badVsGood,
  codeSections.related,
  codeSections.specification,
];

/** The sections of a comparison page that components render from the frontmatter. */
export const comparisonSections = {
  sideBySide: section('side-by-side', 'Side by side'),
  examples: section('examples', 'Code examples'),
  client: section('client', 'When your client gets one'),
  readMore: section('read-more', 'Read more'),
} as const;

/** A comparison page's sections in reading order (the client section only on the comparisons that have one: see `comparisonSectionsOf`). */
export const comparisonPageSections: readonly PageSectionInfo[] = [
  comparisonSections.sideBySide,
  ...comparisonBodySections,
  comparisonSections.examples,
  comparisonSections.client,
  comparisonSections.readMore,
];

/** The sections a given comparison has. */
export function comparisonSectionsOf(data: { clientSide?: string | undefined }): PageSectionInfo[] {
  return comparisonPageSections.filter((info) => info !== comparisonSections.client || data.clientSide !== undefined);
}

/** The id an MDX heading gets (Astro's slugs: lower case, punctuation dropped, spaces to hyphens). */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** A class page's sections (/codes/4xx/), in reading order; "Often confused" only when the class has comparisons. */
export function classPageSections(classId: string, hasComparisons: boolean): PageSectionInfo[] {
  return [
    section('unknown-codes', `An unknown ${classId} code`),
    section('codes', `The ${classId} codes`),
    ...(hasComparisons ? [section('compared', 'Often confused')] : []),
  ];
}

/** The guide's sections (/choose/): its first question and the comparisons. */
export const guidePageSections: readonly PageSectionInfo[] = [section('start', 'The questions'), section('compared', 'Torn between two codes?')];

/** "When your client gets a 429", on the pages of codes a client must act on. */
export const clientSection = (code: number): PageSectionInfo => section('client', `When your client gets a ${code}`);

/**
 * The sections a given code page has: all of them, but "You may have seen"
 * only when it lists messages, and the client section only where there is one
 * (after "Bad vs good practice").
 */
export function codeSectionsOf(data: { code: number; seen: readonly unknown[]; client?: unknown }): PageSectionInfo[] {
  return codePageSections
    .filter((info) => info !== codeSections.seen || data.seen.length > 0)
    .flatMap((info) => (info === codeSections.badVsGood && data.client ? [info, clientSection(data.code)] : [info]));
}
