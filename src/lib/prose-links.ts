/**
 * Links written in the MDX prose to other pages of the site (`/codes/429/`,
 * `/compare/401-vs-403/#common-mistakes`, `#how-to-fix`) must reach a page and
 * an anchor that exist; a broken one fails the build, naming file and line.
 *
 * Pure: the caller passes what the site will contain (`SiteIndex`).
 */
import { codePageSections, comparisonPageSections, headingId } from './page-sections.ts';

/** Every page of the site a prose link may point to, with the ids on it. */
export type SiteIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** The ids of the `##`–`######` headings of an MDX body. */
export function bodyHeadingIds(body: string): string[] {
  return [...body.matchAll(/^#{2,6} (.+)$/gm)].map((match) => headingId(match[1] ?? ''));
}

/** What the index needs to know of the content. */
export interface SiteContent {
  codes: { code: number; body: string }[];
  comparisons: { slug: string; body: string }[];
  /** The guide's fragments: question ids and ending ids. */
  guideIds: string[];
}

/** The pages a prose link may reach, each with its anchors. */
export function siteIndex({ codes, comparisons, guideIds }: SiteContent): SiteIndex {
  const pages = new Map<string, Set<string>>();
  const classes = [...new Set(codes.map(({ code }) => `${Math.floor(code / 100)}xx`))];
  pages.set('/', new Set(classes));
  pages.set('/compare/', new Set());
  pages.set('/choose/', new Set([...guideIds, 'compared']));
  for (const id of classes) pages.set(`/codes/${id}/`, new Set(['unknown-codes']));
  for (const { code, body } of codes) pages.set(`/codes/${code}/`, new Set([...codePageSections.map((section) => section.id), ...bodyHeadingIds(body)]));
  for (const { slug, body } of comparisons) {
    pages.set(`/compare/${slug}/`, new Set([...comparisonPageSections.map((section) => section.id), ...bodyHeadingIds(body)]));
  }
  return pages;
}

/** The internal links of an MDX body (Markdown links and `href="…"`), with their line in the file. */
export function proseLinks(body: string, bodyLine: number): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  body.split('\n').forEach((text, index) => {
    // Inline code may show link-like text (`[a](/b)`); it is not a link.
    const prose = text.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|href="([^"]+)"/g)) {
      const target = match[1] ?? match[2] ?? '';
      if (/^(\/(?!\/)|#|\.\.?\/)/.test(target)) links.push({ target, line: bodyLine + index });
    }
  });
  return links;
}

/**
 * The broken internal links of one file, as `<file>:<line>: link to <target>:
 * <why>`. `ownPath` is the page the file becomes, e.g. "/codes/429/", for
 * links that are only a fragment.
 */
export function findBrokenProseLinks(file: string, body: string, bodyLine: number, ownPath: string, index: SiteIndex): string[] {
  return proseLinks(body, bodyLine).flatMap(({ target, line }) => {
    const url = new URL(target, `http://site${ownPath}`);
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    const ids = index.get(path);
    const where = `${file}:${line}: link to ${target}`;
    if (!ids) return [`${where}: there is no page ${path} (internal links end with "/", e.g. /codes/429/)`];
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !ids.has(id)) return [`${where}: ${path} has no anchor #${id} (it has ${[...ids].map((known) => `#${known}`).join(', ') || 'none'})`];
    return [];
  });
}

/** The site links in a frontmatter value's strings (`[text](/codes/429/)`), with the field each is in. */
export function frontmatterLinks(value: unknown, path: string[] = []): { target: string; field: string }[] {
  if (typeof value === 'string') {
    return [...value.matchAll(/\]\((\/(?!\/)[^)\s]*|#[^)\s]*)\)/g)].map((match) => ({ target: match[1] ?? '', field: path.join('.') }));
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => frontmatterLinks(item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => frontmatterLinks(item, [...path, key]));
  return [];
}

/** The broken site links of a frontmatter, as `<file>: <field>: link to <target>: <why>`. */
export function findBrokenFrontmatterLinks(file: string, data: unknown, ownPath: string, index: SiteIndex): string[] {
  return frontmatterLinks(data).flatMap(({ target, field }) =>
    findBrokenProseLinks(file, `[link](${target})`, 0, ownPath, index).map((problem) => problem.replace(`${file}:0:`, `${file}: ${field}:`)),
  );
}
