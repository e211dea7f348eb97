#!/usr/bin/env node
// Where an update's time goes, from Chromium's own trace, in main-thread CPU time (the
// trace's thread durations), which the machine's other load barely moves, beside wall
// time. `hover`: 300 pointer moves; `redraw`: 40 switches of the view's scene-swapping
// control (as bench/run.mjs does). Prints per update that drew: the median wall time as
// the benchmark takes it, then the renderer main thread's trace events summed by name.
//
//     node bench/diagnose-trace.mjs [dist] [view] [hover|redraw]   # default target/bench-dist regions hover
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, REDRAW_CONTROLS, openView, stopTrace } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const view = process.argv[3] ?? 'regions';
const kind = process.argv[4] ?? 'hover';

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  const { page } = await openView(browser, server.url, view);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8'] });
  const r = await page.evaluate(
    async ({ kind, sels }) => {
      const b = window.__bench;
      const rnd = b.rng(3);
      const out = [];
      const n = kind === 'hover' ? 300 : 40;
      for (let i = 0; i < n; i++) {
        const c = b.canvas();
        const rect = c.getBoundingClientRect();
        if (kind === 'hover') out.push(await b.timed(() => b.mouse(c, rnd() * rect.width, rnd() * rect.height)));
        else {
          const el = document.querySelector(sels[(i + 1) % 2]);
          const t = await b.timed(() => el.click());
          out.push({ ...t, ms: t.ms + (t.raster ?? 0) });
        }
        // Let a frame be produced, so its cost is in the trace, as in a real session.
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      }
      const d = out.filter((m) => m.drew);
      const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
      const c = b.canvas();
      return { updates: d.length, medianMs: med(d.map((m) => m.ms)), medianDraw: med(d.map((m) => m.draw ?? 0)), canvas: [c.width, c.height] };
    },
    { kind, sels: REDRAW_CONTROLS[view] },
  );
  const { events, main } = await stopTrace(browser);
  const sums = new Map();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur) continue;
    const s = sums.get(e.name) ?? { wall: 0, cpu: 0 };
    s.wall += e.dur;
    s.cpu += e.tdur ?? 0;
    sums.set(e.name, s);
  }
  console.log(`${view} ${kind}: ${r.updates} updates, median ${r.medianMs.toFixed(1)} ms (draw calls ${r.medianDraw.toFixed(1)} ms), canvas ${r.canvas.join('×')} device px`);
  console.log('ms per update, by trace event (nested events overlap):   cpu     wall');
  for (const [name, s] of [...sums].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 22)) {
    console.log(`${(s.cpu / 1000 / r.updates).toFixed(2).padStart(8)} ${(s.wall / 1000 / r.updates).toFixed(2).padStart(8)}  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}
