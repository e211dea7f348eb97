#!/usr/bin/env node
// Two builds' first loads, interleaved (A, B, A, B, …), so machine noise falls on both
// alike: ms from navigation to the first chart and to the first input the app handled
// (the benchmark's own probe, bench/page.js), medians per build. For a change aimed at
// load time, where one benchmark run each cannot tell 20 ms from noise.
//
//     node bench/compare-load.mjs DIST_A DIST_B [runs=10] [hash=#view=funding]
//
// e.g. `... 12 '#view=funding&lang=ko'` for a Korean reader's load.
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { PAGE_JS, signal } from './lib.mjs';

const [a, b, n = '10', hash = '#view=funding'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/compare-load.mjs DIST_A DIST_B [runs] [hash]');
  process.exit(2);
}
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const builds = [];
for (const dir of [a, b]) {
  const server = await startServer(path.resolve(dir));
  builds.push({ dir, server, chart: [], input: [] });
}
const browser = await launchBrowser();
try {
  for (let i = 0; i < Number(n); i++) {
    for (const build of builds) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2, locale: 'en-GB' });
      await context.addInitScript({ content: 'window.__benchProbe = true;\n' + PAGE_JS });
      const page = await context.newPage();
      // Both waited for without running anything in the page while it loads (`signal`).
      const chart = signal(page, 'first-chart');
      const input = signal(page, 'first-input');
      await page.goto(`${build.server.url}${hash}`, { waitUntil: 'load' });
      build.input.push(await input);
      build.chart.push(await chart);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const build of builds) await build.server.close();
}
for (const build of builds) {
  console.log(`${build.dir} ${hash}: first chart ${median(build.chart).toFixed(1)} ms, first input ${median(build.input).toFixed(1)} ms (median of ${build.chart.length})`);
}
