/**
 * Renders the 1200×630 preview card shown when a page is shared: the code and
 * reason phrase, the summary and the class, in the site's colours. Satori lays
 * out the card as SVG; resvg draws it; the pixels are stored as a palette PNG.
 * At build time src/integrations/social-cards.ts runs this in worker threads
 * and caches each card by a hash of its text and of this template.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePalettePng } from './png-palette.ts';

export const socialImageSize = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700): Buffer =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Class colours, as on the site's badges (light theme). */
const classColours: Record<string, string> = { '1': '#57606a', '2': '#1a7f37', '3': '#0b5cad', '4': '#9a4b00', '5': '#c21d2d' };

export interface Card {
  /** Large text, e.g. "200 OK". */
  title: string;
  /** One sentence under it. */
  summary: string;
  /** Small text above the title, e.g. "2xx Successful". */
  eyebrow: string;
  /** Picks the accent colour: the first digit of the code, or undefined for the site card. */
  classDigit?: string;
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({ type: 'div', props: { style, children } });

export async function renderSocialImage(card: Card): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const accent = classColours[card.classDigit ?? ''] ?? '#0b5cad';
  const contentWidth = socialImageSize.width - 24 - 2 * 72;
  const tree = box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      boxSizing: 'border-box',
      background: '#ffffff',
      borderLeft: `24px solid ${accent}`,
      fontFamily: 'Inter',
      color: '#1b1f24',
    },
    [
      box({ display: 'flex', flexDirection: 'column', width: contentWidth }, [
        box({ display: 'flex', fontSize: 34, color: accent, fontWeight: 700 }, card.eyebrow),
        box({ display: 'flex', fontSize: card.title.length > 22 ? 84 : 110, fontWeight: 700, lineHeight: 1.05, marginTop: 12 }, card.title),
        box({ display: 'flex', fontSize: 38, color: '#424a53', lineHeight: 1.35, marginTop: 28, width: contentWidth }, card.summary),
      ]),
      box({ display: 'flex', fontSize: 28, color: '#57606a', width: contentWidth }, 'HTTP Status Codes · explained, with tested examples'),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...socialImageSize, fonts });
  // Satori draws the text as paths, so resvg needs no fonts: not loading the
  // system's saves about 7 ms a card.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: socialImageSize.width }, font: { loadSystemFonts: false } }).render();
  return encodePalettePng(image.width, image.height, image.pixels) ?? image.asPng();
}
