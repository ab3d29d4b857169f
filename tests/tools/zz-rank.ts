import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
import { searchQueries } from '../e2e/search-queries.ts';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto('http://localhost:4350/');
const variants: Record<string, unknown>[] = JSON.parse(process.argv[2] ?? '[{}]');
for (const ranking of variants) {
  const out = await page.evaluate(async ({ queries, ranking }) => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(url);
    await pf.options({ ranking });
    let top1 = 0, top3 = 0, clearN = 0; const misses: string[] = [];
    for (const q of queries) {
      const s = await pf.search(q.query);
      const urls = (await Promise.all(s.results.slice(0, 5).map((r: any) => r.data()))).map((d: any) => d.url);
      const rank = urls.indexOf(`/codes/${q.expected}/`) + 1;
      if (q.kind === 'clear') { clearN++; if (rank === 1) top1++; }
      if (rank >= 1 && rank <= 3) top3++;
      if (rank !== 1) misses.push(`${q.query} → ${q.expected} @${rank || '-'}: ${urls.slice(0, 3).join(' ')}`);
    }
    return { top1: top1 / clearN, top3: top3 / queries.length, misses };
  }, { queries: searchQueries, ranking });
  console.log(JSON.stringify(ranking), 'top1', out.top1.toFixed(3), 'top3', out.top3.toFixed(3));
  if (process.env.V) console.log(out.misses.join('\n'));
}
await browser.close();
