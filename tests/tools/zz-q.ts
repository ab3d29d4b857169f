import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto('http://localhost:4350/');
for (const q of process.argv.slice(2)) {
  const out = await page.evaluate(async (term) => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(url);
    const s = await pf.search(term);
    return Promise.all(s.results.slice(0, 40).map(async (r: any) => { const d = await r.data(); return `${d.url} score=${r.score.toFixed(3)} words=${d.word_count} locs=${JSON.stringify(d.weighted_locations?.slice(0,6))}`; }));
  }, q);
  console.log(q); console.log(out.join('\n'));
}
await browser.close();
