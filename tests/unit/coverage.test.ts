/**
 * The site against the IANA registry (pinned in tests/fixtures/): every
 * registered code has a page with the registered reason phrase and the
 * registering document; no page claims a registration the registry does not
 * have; and the unofficial codes developers meet in logs are all there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadCodeFiles } from '../support/content.ts';

interface RegistryEntry {
  code: number;
  description: string;
  reference: string;
}

/** Reads the pinned CSV: comment lines start with "#", fields may be quoted. */
function readRegistry(): RegistryEntry[] {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/iana-http-status-codes.csv'), 'utf8');
  return text
    .split('\n')
    .filter((line) => /^\d{3},/.test(line))
    .map((line) => {
      const fields = [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((match) => match[2] ?? match[1] ?? '');
      return { code: Number(fields[0]), description: fields[1] ?? '', reference: fields[2] ?? '' };
    });
}

/** The unofficial codes the site must explain (they show up in real logs). */
const expectedUnofficial = [419, 420, 440, 444, 449, 460, 463, 494, 495, 496, 497, 499, 509, 520, 521, 522, 523, 524, 525, 526, 530, 561, 598, 599];

const registry = readRegistry();
const pages = loadCodeFiles();
const pageByCode = new Map(pages.map((page) => [page.data.code, page]));

test('the pinned registry has the 64 entries of its 2025-09-15 update', () => {
  expect(registry).toHaveLength(64);
});

test('every registered code has a page', () => {
  expect(registry.map((entry) => entry.code).filter((code) => !pageByCode.has(code))).toEqual([]);
});

test('every reason phrase and registration status matches the registry', () => {
  const mismatches = registry.flatMap(({ code, description }) => {
    const page = pageByCode.get(code);
    if (!page) return [];
    const { reason, spec } = page.data;
    const registration = spec?.registration;
    const expected =
      registration === 'temporary'
        ? description.startsWith(`${reason} (TEMPORARY`)
        : registration === 'obsoleted'
          ? description === `${reason} (OBSOLETED)`
          : registration === 'unused'
            ? description === '(Unused)' && reason === '(Unused)'
            : description === reason;
    return expected ? [] : [`${code}: page says "${reason}" (${registration ?? 'unofficial'}), registry says "${description}"`];
  });
  expect(mismatches).toEqual([]);
});

test('every page cites the document that registered its code', () => {
  const mismatches = registry.flatMap(({ code, reference }) => {
    const spec = pageByCode.get(code)?.data.spec;
    if (!spec) return [];
    const document = /\[(RFC\d+|draft-[a-z0-9-]+?)(-\d+)?[\],]/.exec(reference)?.[1];
    const section = /Section ([\d.]+)/.exec(reference)?.[1];
    const cited = spec.document.replace('RFC ', 'RFC').replace(/-\d+$/, '');
    const problems = [];
    if (document !== cited) problems.push(`${code}: cites ${spec.document}, the registry names ${reference}`);
    if (section && spec.section !== section) problems.push(`${code}: cites §${spec.section}, the registry names ${reference}`);
    return problems;
  });
  expect(mismatches).toEqual([]);
});

test('no page claims a registration the registry does not have', () => {
  const registered = new Set(registry.map((entry) => entry.code));
  const extra = pages.filter((page) => page.data.spec && !registered.has(page.data.code)).map((page) => page.data.code);
  const unofficialButRegistered = pages.filter((page) => page.data.unofficial && registered.has(page.data.code)).map((page) => page.data.code);
  expect({ extra, unofficialButRegistered }).toEqual({ extra: [], unofficialButRegistered: [] });
});

test('the unofficial codes developers meet in logs have pages, marked unofficial', () => {
  const missing = expectedUnofficial.filter((code) => !pageByCode.get(code)?.data.unofficial);
  expect(missing).toEqual([]);
});
