/**
 * Encodes an RGBA image as an 8-bit palette PNG: a preview card in under
 * half the bytes of an RGBA PNG. A card is flat colours and the antialiased
 * edges of its text, which `towardInks` brings down to 16 shades of each ink
 * (about 60 colours; even magnified, no visible change). Compression level 6:
 * level 9 saves another 2 KB a card but takes ten times as long. Returns
 * undefined when the image still has more than 256 colours.
 */
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Maps a colour to the nearest of `levels` even blends from white to one of
 * the inks (hex "#rrggbb"): text antialiased on a white card needs no more.
 */
export function towardInks(inks: readonly string[], levels: number): (colour: number) => number {
  const rgb = inks.map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
  return (colour) => {
    const channels = [colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff];
    let best = colour;
    let bestError = Infinity;
    for (const inkChannels of rgb) {
      // How much ink, by least squares along the line from white to the ink.
      let along = 0;
      let length = 0;
      inkChannels.forEach((value, channel) => {
        along += (255 - channels[channel]!) * (255 - value);
        length += (255 - value) ** 2;
      });
      const amount = Math.round(Math.min(1, Math.max(0, along / length)) * (levels - 1)) / (levels - 1);
      const blend = inkChannels.map((value) => Math.round(255 - (255 - value) * amount));
      const error = blend.reduce((sum, value, channel) => sum + (value - channels[channel]!) ** 2, 0);
      if (error < bestError) {
        bestError = error;
        best = ((0xff << 24) | (blend[2]! << 16) | (blend[1]! << 8) | blend[0]!) >>> 0;
      }
    }
    return best;
  };
}

// Reused from image to image: a fresh buffer this size costs more to allocate than to fill.
let rowBuffer = Buffer.alloc(0);

/** `reduce` maps each distinct colour to the one stored (the identity by default). */
export function encodePalettePng(
  width: number,
  height: number,
  rgba: Uint8Array | Uint8ClampedArray,
  reduce: (colour: number) => number = (colour) => colour,
): Buffer | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  // Colour → palette index, in an open-addressed table (far faster than a Map for ~750,000 pixels).
  const size = 4096;
  const keys = new Uint32Array(size);
  const values = new Int16Array(size).fill(-1);
  const colours: number[] = [];
  const paletteIndex = new Map<number, number>();
  if (rowBuffer.length < (width + 1) * height) rowBuffer = Buffer.alloc((width + 1) * height);
  const rows = rowBuffer.subarray(0, (width + 1) * height); // each row: filter byte 0, then one index per pixel
  let previous = -1;
  let previousIndex = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x += 1) {
      const colour = pixels[y * width + x]!;
      if (colour !== previous) {
        let slot = Math.imul(colour, 0x9e3779b1) >>> 20;
        while (values[slot] !== -1 && keys[slot] !== colour) slot = (slot + 1) & (size - 1);
        if (values[slot] === -1) {
          const stored = reduce(colour);
          let index = paletteIndex.get(stored);
          if (index === undefined) {
            if (colours.length === 256) return undefined;
            index = colours.length;
            colours.push(stored);
            paletteIndex.set(stored, index);
          }
          keys[slot] = colour;
          values[slot] = index;
        }
        previous = colour;
        previousIndex = values[slot]!;
      }
      rows[row + 1 + x] = previousIndex;
    }
  }
  // Pixels are read as little-endian words: R is the low byte.
  const palette = Buffer.alloc(colours.length * 3);
  const alpha = Buffer.alloc(colours.length);
  colours.forEach((colour, index) => {
    palette[index * 3] = colour & 0xff;
    palette[index * 3 + 1] = (colour >>> 8) & 0xff;
    palette[index * 3 + 2] = (colour >>> 16) & 0xff;
    alpha[index] = colour >>> 24;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(alpha.every((value) => value === 255) ? [] : [chunk('tRNS', alpha)]),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
