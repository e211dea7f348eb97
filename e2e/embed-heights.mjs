#!/usr/bin/env node
// Measures each view's embed at 390 and 1280 px wide, in English and Korean, for the
// default heights the embed code writes (`default_height` in src/ui/embed/code.rs):
//
//     node e2e/embed-heights.mjs [dist]
//
// For each view it prints the page's whole height (`page`) and the height down to the end
// of the chart's summary plus the footer with the full-view link (`chart`): what a frame
// must show for nothing of the chart to be lost.
import { startServer } from './lib/server.mjs';
import { launchBrowser, openPage } from './lib/browser.mjs';

const dist = process.argv[2];
const server = await startServer(dist);
const browser = await launchBrowser();
const views = [['funding', 'view=funding'], ['split', 'view=funding&chart=split'], ['regions', 'view=regions'], ['timeline', 'view=timeline'], ['economy', 'view=economy']];
try {
  for (const [name, hash] of views) {
    const out = [];
    for (const lang of ['en', 'ko']) {
      for (const width of [390, 1280]) {
        const p = await openPage(browser, { viewport: { width, height: 300 } });
        await p.page.goto(`${server.url}#${hash}&embed=1&lang=${lang}`);
        await p.page.locator('html[data-complete]').waitFor({ state: 'attached', timeout: 15_000 });
        await p.page.waitForTimeout(300);
        const m = await p.page.evaluate(() => {
          const bottom = (s) => Math.max(0, ...[...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().bottom));
          const foot = document.querySelector('.embed-foot')?.getBoundingClientRect().height ?? 0;
          return { page: document.documentElement.scrollHeight, chart: Math.ceil(bottom('.chart-summary') + foot) };
        });
        out.push(`${lang}@${width}: page ${m.page}, chart ${m.chart}`);
        await p.close();
      }
    }
    console.log(`${name.padEnd(9)} ${out.join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
