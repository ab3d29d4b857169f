/**
 * Renders the preview cards (/og/<name>.png) at the start of the build, in
 * worker threads beside Astro's own work, and caches them.
 *
 * - The card list comes from the content files through the same function the
 *   og route uses (src/lib/social-cards.ts), so both agree on every card.
 * - Each card is cached in node_modules/.cache/http-status-cards/ under a hash
 *   of its text and of the template (the card's source files, the fonts and
 *   the canvas library's version): an unchanged card is never drawn again,
 *   locally or in CI, and a changed template redraws them all.
 * - The og route awaits the card from here (globalThis.__socialCards) when it
 *   runs. The workers take cards from the end of the list and the og routes
 *   run from its start, so a route that reaches a card no worker has begun
 *   draws it itself (globalThis.__drawSocialCardHere): the main thread has
 *   finished the pages by then and would otherwise wait. In `astro dev` the
 *   route draws every card itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { readContentFolder } from '../lib/content-files.ts';
import { socialCards } from '../lib/social-cards.ts';
import type { Card } from '../lib/social-image.ts';

declare global {
  // Card PNGs by name, rendering or rendered, for the og route.
  var __socialCards: Map<string, Promise<Buffer>> | undefined;
  // Draws a card no worker has started yet on the calling thread (the og route's, idle by then); undefined when it is drawn or being drawn.
  var __drawSocialCardHere: ((name: string) => Promise<Buffer> | undefined) | undefined;
}

/** A hash of everything that decides how a card looks, apart from its text. */
function templateVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of ['src/lib/social-image.ts', 'src/lib/png-palette.ts']) hash.update(readFileSync(join(root, file)));
  for (const pkg of ['@napi-rs/canvas', '@fontsource/inter']) hash.update(JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version);
  return hash.digest('hex');
}

/** The cards' text, read from the content files as the collections will see them. */
export function cardList(root: string): { name: string; card: Card }[] {
  const frontmatterOf = (folder: string) => readContentFolder(root, folder).files.map(({ slug, frontmatter }) => ({ slug, data: frontmatter as Record<string, unknown> }));
  const codes = frontmatterOf('codes').map(({ data }) => data as { code: number; reason: string; summary: string; unofficial?: { usedBy: string } });
  const comparisons = frontmatterOf('comparisons').map(({ slug, data }) => ({
    id: slug,
    summary: String(data['summary']),
    sides: (data['sides'] as { code: number }[]).map((side) => ({ code: side.code })),
  }));
  return socialCards({ codes, comparisons });
}

export default function socialCardsIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Not earlier (astro:config:setup): a worker drawing while Vite bundles
      // takes a core from the bundler, and a cold build with 2,000 more entries
      // took 105 s instead of 88.
      'astro:build:start': ({ logger }) => {
        const cacheDirectory = join(root, 'node_modules/.cache/http-status-cards');
        mkdirSync(cacheDirectory, { recursive: true });
        const version = templateVersion(root);
        const cards = cardList(root);
        const jobs = new Map<string, Promise<Buffer>>();
        const toDraw: { name: string; card: Card; file: string; taken: boolean; resolve: (png: Buffer) => void; reject: (error: Error) => void }[] = [];
        for (const { name, card } of cards) {
          const file = join(cacheDirectory, `${createHash('sha256').update(version).update(JSON.stringify(card)).digest('hex').slice(0, 32)}.png`);
          if (existsSync(file)) jobs.set(name, Promise.resolve(readFileSync(file)));
          else jobs.set(name, new Promise((resolve, reject) => toDraw.push({ name, card, file, taken: false, resolve, reject })));
        }
        globalThis.__socialCards = jobs;
        globalThis.__drawSocialCardHere = undefined;
        logger.info(`${cards.length} preview cards: ${cards.length - toDraw.length} from the cache, ${toDraw.length} to draw`);
        if (toDraw.length === 0) return;
        // One worker per spare core (at least one), fed one card at a time.
        const workerCount = Math.min(toDraw.length, Math.max(1, availableParallelism() - 1));
        const queue = [...toDraw];
        const byName = new Map(toDraw.map((job) => [job.name, job]));
        globalThis.__drawSocialCardHere = (name) => {
          const job = byName.get(name);
          if (!job || job.taken) return undefined;
          job.taken = true;
          // Imported here, not at the top: the canvas library takes 35 ms to
          // load, which astro dev and astro preview, loading this config, do not need.
          return import('../lib/social-image.ts').then(({ renderSocialImage }) => renderSocialImage(job.card)).then(
            (png) => {
              writeFileSync(job.file, png);
              job.resolve(png);
              return png;
            },
            (error: Error) => {
              job.reject(new Error(`og/${job.name}.png: ${error.message}`));
              throw error;
            },
          );
        };
        for (let index = 0; index < workerCount; index += 1) {
          const worker = new Worker(join(root, 'src/integrations/social-card-worker.ts'));
          const pending = new Map<number, (typeof toDraw)[number]>();
          let next = 0;
          const feed = (): void => {
            let job = queue.pop();
            while (job?.taken) job = queue.pop();
            if (!job) {
              void worker.terminate();
              return;
            }
            job.taken = true;
            pending.set(next, job);
            worker.postMessage({ id: next, card: job.card, file: job.file });
            next += 1;
          };
          worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
            const job = pending.get(id)!;
            pending.delete(id);
            if (png) job.resolve(Buffer.from(png));
            else job.reject(new Error(`og/${job.name}.png: ${error}`));
            feed();
          });
          worker.on('error', (error: Error) => {
            for (const job of [...pending.values(), ...queue.splice(0).filter((queued) => !queued.taken)]) job.reject(error);
          });
          feed();
        }
      },
    },
  };
}
