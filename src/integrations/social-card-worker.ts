/**
 * A worker thread of src/integrations/social-cards.ts: renders the cards it is
 * sent, one at a time, and writes each to the cache file it is given.
 */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Card } from '../lib/social-image.ts';
import { renderSocialImage } from '../lib/social-image.ts';

parentPort!.on('message', ({ id, card, file }: { id: number; card: Card; file: string }) => {
  try {
    const png = renderSocialImage(card);
    writeFileSync(file, png);
    parentPort!.postMessage({ id, png });
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});
