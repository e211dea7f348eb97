#!/usr/bin/env node
// Two builds' full redraws, interleaved per round (A's three views, then B's), so machine
// noise falls on both alike: each view's scene-swapping control (REDRAW_CONTROLS) switched
// `switches` times per round and timed as bench/run.mjs times a redraw (update + raster),
// the first two of each round left out; medians per build and view. For a change aimed at
// redraw time, where one benchmark run each cannot tell 2 ms from noise.
//
//     node bench/compare-redraw.mjs DIST_A DIST_B [rounds=4] [switches=20]
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { REDRAW_CONTROLS, VIEWS, openView } from './lib.mjs';
const [a, b, rounds = '4', n = '20'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/compare-redraw.mjs DIST_A DIST_B [rounds] [switches]');
  process.exit(2);
}
const med = (xs) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const builds = [];
for (const d of [a, b]) builds.push({ d, server: await startServer(path.resolve(d)), ms: {} });
const browser = await launchBrowser();
for (let r = 0; r < Number(rounds); r++) for (const bd of builds) for (const view of VIEWS) {
  const { page, context } = await openView(browser, bd.server.url, view);
  const xs = await page.evaluate(async ({ sels, n }) => {
    const b = window.__bench; const out = [];
    for (let i = 0; i < n; i++) {
      const t = await b.timed(() => document.querySelector(sels[i % 2]).click());
      out.push(t.ms + (t.raster ?? 0));
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    }
    return out;
  }, { sels: REDRAW_CONTROLS[view], n: Number(n) });
  (bd.ms[view] ??= []).push(...xs.slice(2));
  await (context ?? page.context()).close();
}
for (const bd of builds) console.log(bd.d, VIEWS.map((v) => `${v} ${med(bd.ms[v]).toFixed(2)}`).join(', '));
await browser.close(); for (const bd of builds) await bd.server.close();
