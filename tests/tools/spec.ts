/**
 * `npm run spec -- <document> <section>` prints a pinned section, as the
 * accuracy tests read it: `npm run spec -- 9110 15.5.20`, `npm run spec -- "RFC 4918" 11.3`.
 * `npm run spec -- --find <words> [KEYWORD]` lists the sentences of the pinned
 * RFCs that contain the words (and the keyword, e.g. SHOULD), with their sections:
 * `npm run spec -- --find Retry-After MAY`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinnedDocuments, sentencesOf, sourceSection, specsDirectory } from '../support/specs.ts';

const [first, second, third] = process.argv.slice(2);

if (first === '--find' && second) {
  const keyword = third ? new RegExp(`\\b${third}\\b`) : undefined;
  for (const document of pinnedDocuments()) {
    const html = readFileSync(join(specsDirectory, `rfc${document.slice(4)}.html`), 'utf8');
    for (const [, id] of html.matchAll(/<h\d id="rfc\.section\.([A-Z0-9.]+)"/g)) {
      const section = sourceSection(document, id!);
      if (!section) continue;
      for (const sentence of sentencesOf(section)) {
        if (sentence.toLowerCase().includes(second.toLowerCase()) && (!keyword || keyword.test(sentence))) {
          console.log(`${document} §${id} (${section.title}): ${sentence}`);
        }
      }
    }
  }
} else if (first && second) {
  const document = /^\d+$/.test(first) ? `RFC ${first}` : first;
  const section = sourceSection(document, second);
  if (!section) {
    console.error(`${document} §${second} is not pinned (pinned in full: ${pinnedDocuments().join(', ')}; others in tests/fixtures/specs/passages/)`);
    process.exit(1);
  }
  console.log(`${section.document} §${section.section}: ${section.title} (${section.pinned === 'full' ? 'pinned in full' : 'pinned passages'})\n`);
  console.log(section.paragraphs.join('\n\n'));
} else {
  console.error('usage: npm run spec -- <document> <section>   |   npm run spec -- --find <words> [KEYWORD]');
  process.exit(1);
}
