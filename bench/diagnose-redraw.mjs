#!/usr/bin/env node
// A view's full redraws split by the scene switched to (bench/run.mjs's median mixes the
// two): 40 switches of the view's scene-swapping control, each timed as the benchmark
// times it (update + raster), and Chromium's trace of each switch's task summed per scene
// in main-thread CPU time. Tells which scene (map or tiles, treemap or bars) costs what.
//
//     node bench/diagnose-redraw.mjs [dist] [view] [switches]   # default target/bench-dist regions 40
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, REDRAW_CONTROLS, openView, stopTrace } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const view = process.argv[3] ?? 'regions';
const n = Number(process.argv[4] ?? 40);
const EVENTS = ['RunTask', 'v8.callFunction', 'CanvasRenderingContext2D::FinalizeFrame', 'ProxyMain::BeginMainFrame', 'Canvas2DResourceProvider::ProduceCanvasResource', 'Paint'];

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  const { page } = await openView(browser, server.url, view);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8', 'blink.user_timing'] });
  const out = await page.evaluate(
    async ({ sels, n }) => {
      const b = window.__bench;
      document.querySelector(sels[0]).click();
      await b.settle();
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const out = [];
      for (let i = 0; i < n; i++) {
        const k = (i + 1) % 2;
        const el = document.querySelector(sels[k]);
        performance.mark(`switch-${k}-start`);
        const t = await b.timed(() => el.click());
        // Let a frame be produced, so its cost is in the trace, as in a real session.
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
        performance.mark(`switch-${k}-end`);
        out.push({ k, ...t, total: t.ms + (t.raster ?? 0) });
      }
      return out;
    },
    { sels: REDRAW_CONTROLS[view], n },
  );
  const { events, main } = await stopTrace(browser);
  // The marks' windows, in trace time.
  const marks = events.filter((e) => /^switch-\d-(start|end)$/.test(e.name) && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b' || e.ph === 'e' || e.ph === 'X')).sort((a, b) => a.ts - b.ts);
  const windows = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const m = /^switch-(\d)-start$/.exec(marks[i].name);
    if (m && marks[i + 1].name === `switch-${m[1]}-end`) windows.push({ k: Number(m[1]), t0: marks[i].ts, t1: marks[i + 1].ts });
  }
  const sums = [new Map(), new Map()];
  const count = [0, 0];
  for (const w of windows) count[w.k] += 1;
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur || !EVENTS.includes(e.name)) continue;
    // By where it ends: the task that clicks starts before the switch's first mark.
    const end = e.ts + e.dur;
    const w = windows.find((w) => end >= w.t0 && end < w.t1);
    if (!w) continue;
    sums[w.k].set(e.name, (sums[w.k].get(e.name) ?? 0) + (e.tdur ?? 0));
  }
  const med = (a) => {
    const s = [...a].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const all = out.map((m) => m.total);
  console.log(`${view}: ${out.length} switches, median ${med(all).toFixed(1)} ms (update + raster, as bench/run.mjs)`);
  for (const k of [0, 1]) {
    const d = out.filter((m) => m.k === k);
    const f = (key) => med(d.map((m) => m[key] ?? 0)).toFixed(2);
    console.log(`to ${REDRAW_CONTROLS[view][k]}: n ${d.length}, total ${f('total')}, before ${f('before')}, draw ${f('draw')}, layout ${f('layout')}, raster ${f('raster')} ms (median wall)`);
    console.log(`   trace cpu per switch (${count[k]} windows): ` + EVENTS.map((e) => `${e} ${((sums[k].get(e) ?? 0) / 1000 / Math.max(1, count[k])).toFixed(2)}`).join(', '));
  }
} finally {
  await browser.close();
  await server.close();
}
