/**
 * The preview cards (/og/<name>.png): every card's text fits it, lines break
 * where a browser would break them, and the PNG holds the drawn pixels.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { cardList } from '../../src/integrations/social-cards.ts';
import { contentWidth, layoutCard, renderSocialImage, socialImageSize, wrapLines } from '../../src/lib/social-image.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('wrapLines', () => {
  const measure = (text: string): number => text.length * 10;

  test('breaks after spaces, and after a hyphen between letters', () => {
    expect(wrapLines(measure, 'as long as the Retry-After header says', 210)).toEqual(['as long as the Retry-', 'After header says']);
  });

  test('gives a word wider than the line a line of its own', () => {
    expect(wrapLines(measure, 'a Supercalifragilistic word', 100)).toEqual(['a', 'Supercalifragilistic', 'word']);
  });
});

describe("every card of the site", () => {
  const cards = cardList(root);

  test('has its text within the width and above the footer', () => {
    expect(cards.length).toBeGreaterThan(100);
    const problems = cards.flatMap(({ name, card }) => {
      const { eyebrow, title, summary, footer } = layoutCard(card);
      return [
        ...[eyebrow, title, summary, footer].filter((block) => block.width > contentWidth).map((block) => `og/${name}.png: "${block.lines.join(' ')}" is wider than the card`),
        ...(summary.bottom > footer.top ? [`og/${name}.png: the summary runs into the footer`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  test('keeps the large title where the text fits, and shrinks it only where it does not', () => {
    expect(layoutCard(cards.find(({ name }) => name === '404')!.card).title.style.size).toBe(110);
    const longest = cards.find(({ name }) => name === '502-vs-503-vs-504')!.card;
    expect(layoutCard(longest).title.style.size).toBeLessThan(84);
  });
});

/** The pixels of a palette PNG as RGB triples. */
function decodePalettePng(png: Buffer): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  let at = 8;
  let width = 0;
  let height = 0;
  let palette: Buffer = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      expect(body[9], 'colour type: palette').toBe(3);
    }
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  return {
    width,
    height,
    rgb: (x, y) => {
      const index = rows[y * (width + 1) + 1 + x]!;
      return [palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!];
    },
  };
}

test('a card is a 1200×630 palette PNG with its title drawn in dark ink where the layout puts it', () => {
  const card = { title: '429 Too Many Requests', summary: 'The client sent more requests than the server allows.', eyebrow: '4xx Client Error', classDigit: '4' };
  const image = decodePalettePng(renderSocialImage(card));
  expect([image.width, image.height]).toEqual([socialImageSize.width, socialImageSize.height]);
  expect(image.rgb(10, 300), 'the accent bar').toEqual([0x9a, 0x4b, 0x00]);
  expect(image.rgb(1190, 10), 'the background').toEqual([255, 255, 255]);
  const { title } = layoutCard(card);
  let dark = 0;
  for (let y = Math.round(title.top); y < title.bottom; y += 1) for (let x = 96; x < 96 + title.width; x += 1) if (image.rgb(x, y).every((value) => value < 60)) dark += 1;
  expect(dark, 'title pixels in ink #1b1f24').toBeGreaterThan(10_000);
});
