/**
 * Renders the 1200×630 preview card shown when a page is shared: the code and
 * reason phrase, the summary and the class, in the site's colours. Skia
 * (@napi-rs/canvas) draws the text in Inter; the pixels are stored as a
 * palette PNG. At build time src/integrations/social-cards.ts runs this in
 * worker threads and caches each card by a hash of its text and of this
 * template.
 *
 * Each thread draws on one canvas, reused card after card: on this machine a
 * fresh 1200×630 canvas costs more to allocate than the card costs to draw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { encodePalettePng, towardInks } from './png-palette.ts';

export const socialImageSize = { width: 1200, height: 630 } as const;

/** Class colours, as on the site's badges (light theme). */
const classColours: Record<string, string> = { '1': '#57606a', '2': '#1a7f37', '3': '#0b5cad', '4': '#9a4b00', '5': '#c21d2d' };
const ink = { title: '#1b1f24', summary: '#424a53', footer: '#57606a' } as const;
const footer = 'HTTP Status Codes · explained, with tested examples';

/** The layout, in pixels: a 24 px accent bar on the left, then the text inside this padding. */
const bar = 24;
const padding = { top: 64, right: 72, bottom: 64, left: 72 } as const;
export const contentWidth = socialImageSize.width - bar - padding.left - padding.right;

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

const require = createRequire(import.meta.url);
let context: SKRSContext2D | undefined;
/** Inter under a family name of the card's own, so no system font can stand in for it. */
const family = (weight: 400 | 700): string => `CardInter${weight}`;

/** This thread's canvas, with the card's fonts registered. */
function canvasContext(): SKRSContext2D {
  if (context) return context;
  for (const weight of [400, 700] as const) {
    GlobalFonts.register(readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)), family(weight));
  }
  context = createCanvas(socialImageSize.width, socialImageSize.height).getContext('2d');
  return context;
}

/**
 * Splits text into lines no wider than `width`, breaking after a space or
 * after a hyphen between letters ("Retry-|After"), as a browser does. A word
 * wider than the line keeps a line of its own.
 */
export function wrapLines(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<= )|(?<=\p{L}-)(?=\p{L})/u)) {
    if (line && measure((line + piece).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface TextStyle {
  size: number;
  weight: 400 | 700;
  colour: string;
  /** Line box height as a multiple of the size; the font's own height when omitted. */
  lineHeight?: number;
}

/** A block of text set in lines, placed on the card. */
export interface TextBlock {
  style: TextStyle;
  lines: string[];
  /** The widest line's width, in pixels. */
  width: number;
  ascent: number;
  descent: number;
  /** The height of one line box. */
  lineBox: number;
  top: number;
  bottom: number;
}

const useFont = (canvas: SKRSContext2D, style: TextStyle): void => {
  canvas.font = `${style.size}px ${family(style.weight)}`;
};

/** Sets text in lines that fit the card's width, from `top`. */
function setText(canvas: SKRSContext2D, text: string, style: TextStyle, top = 0): TextBlock {
  useFont(canvas, style);
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = canvas.measureText(text);
  const lineBox = style.lineHeight === undefined ? ascent + descent : style.lineHeight * style.size;
  const measure = (part: string): number => canvas.measureText(part).width;
  const lines = wrapLines(measure, text, contentWidth);
  return { style, lines, width: Math.max(...lines.map(measure)), ascent, descent, lineBox, top, bottom: top + lines.length * lineBox };
}

/** Space above the title and above the summary. */
const gaps = { title: 12, summary: 28 } as const;

/**
 * Where a card's text goes: eyebrow, title and summary from the top padding,
 * the footer on the bottom padding. A title of up to 22 characters is set at
 * 110 px, a longer one at 84 px; when the summary would still run into the
 * footer, the title and then the summary get smaller.
 */
export function layoutCard(card: Card): { eyebrow: TextBlock; title: TextBlock; summary: TextBlock; footer: TextBlock } {
  const canvas = canvasContext();
  const footerStyle: TextStyle = { size: 28, weight: 400, colour: ink.footer };
  const footerLine = setText(canvas, footer, footerStyle);
  const footerTop = socialImageSize.height - padding.bottom - footerLine.bottom;
  const footerBlock = { ...footerLine, top: footerTop, bottom: footerTop + footerLine.bottom };
  const eyebrow = setText(canvas, card.eyebrow, { size: 34, weight: 700, colour: accentOf(card) }, padding.top);
  const withSizes = ([titleSize, summarySize]: readonly [number, number]) => {
    const title = setText(canvas, card.title, { size: titleSize, weight: 700, colour: ink.title, lineHeight: 1.05 }, eyebrow.bottom + gaps.title);
    const summary = setText(canvas, card.summary, { size: summarySize, weight: 400, colour: ink.summary, lineHeight: 1.35 }, title.bottom + gaps.summary);
    return { eyebrow, title, summary, footer: footerBlock };
  };
  const sizes = [...(card.title.length > 22 ? [84, 68, 56] : [110, 84, 68, 56]).map((size) => [size, 38] as const), [56, 32] as const];
  for (const pair of sizes) {
    const layout = withSizes(pair);
    if (layout.summary.bottom <= footerBlock.top) return layout;
  }
  return withSizes(sizes.at(-1)!);
}

const accentOf = (card: Card): string => classColours[card.classDigit ?? ''] ?? '#0b5cad';

export function renderSocialImage(card: Card): Buffer {
  const canvas = canvasContext();
  const { width, height } = socialImageSize;
  const accent = accentOf(card);
  canvas.fillStyle = '#ffffff';
  canvas.fillRect(0, 0, width, height);
  canvas.fillStyle = accent;
  canvas.fillRect(0, 0, bar, height);
  for (const { style, lines, ascent, descent, lineBox, top } of Object.values(layoutCard(card))) {
    // Each line's glyphs centred in its line box, as CSS does.
    useFont(canvas, style);
    canvas.fillStyle = style.colour;
    lines.forEach((line, index) => canvas.fillText(line, bar + padding.left, top + index * lineBox + (lineBox - ascent - descent) / 2 + ascent));
  }
  const { data } = canvas.getImageData(0, 0, width, height);
  const png = encodePalettePng(width, height, data, towardInks([accent, ink.title, ink.summary, ink.footer], 16));
  if (!png) throw new Error(`the card "${card.title}" has more than 256 colours`);
  return png;
}
