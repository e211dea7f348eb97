#!/usr/bin/env node
// Where a hover update's time goes, from Chromium's own trace: 300 pointer moves on one
// view, then the renderer main thread's trace events summed by name, per update that
// redrew. This is how the benchmark's "work after the draw" was found to be the canvas
// raster (CanvasRenderingContext2D::FinalizeFrame).
//
//     node bench/diagnose-hover-trace.mjs [dist] [view]     # default target/bench-dist regions
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, openView, stopTrace } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const view = process.argv[3] ?? 'regions';

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  const { page } = await openView(browser, server.url, view);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8'] });
  const r = await page.evaluate(async () => {
    const b = window.__bench;
    const rnd = b.rng(3);
    const out = [];
    for (let i = 0; i < 300; i++) {
      const c = b.canvas();
      const rect = c.getBoundingClientRect();
      out.push(await b.timed(() => b.mouse(c, rnd() * rect.width, rnd() * rect.height)));
    }
    const d = out.filter((m) => m.drew);
    const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
    const c = b.canvas();
    return { updates: d.length, medianMs: med(d.map((m) => m.ms)), canvas: [c.width, c.height] };
  });
  const { events, main } = await stopTrace(browser);
  const sums = new Map();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur);
  }
  console.log(`${view}: ${r.updates} updates, median ${r.medianMs.toFixed(1)} ms, canvas ${r.canvas.join('×')} device px`);
  console.log('ms per update, by trace event (nested events overlap):');
  for (const [name, us] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${(us / 1000 / r.updates).toFixed(2).padStart(8)}  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}
