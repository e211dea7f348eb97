#!/usr/bin/env node
// Where the time from navigation to the first chart goes, from Chromium's trace: the
// renderer main thread's top-level tasks between navigation start and the
// `won-atlas:first-chart` mark, with the biggest trace events in each.
//
//     node bench/diagnose-load.mjs [dist] [view] [runs]   # default target/bench-dist funding 5
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, benchContext } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const view = process.argv[3] ?? 'funding';
const runs = Number(process.argv[4] ?? 5);

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (let run = 0; run < runs; run++) {
    const context = await benchContext(browser);
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'blink'] });
    await page.goto(`${server.url}#view=${view}`);
    await page.waitForFunction(() => performance.getEntriesByName('won-atlas:first-chart').length > 0);
    const marks = await page.evaluate(() => ({
      chart: performance.getEntriesByName('won-atlas:first-chart')[0].startTime,
      started: window.__bench.started,
      res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop().slice(0, 24), Math.round(r.startTime), Math.round(r.responseEnd)]),
      nav: (({ responseEnd, domInteractive, domContentLoadedEventEnd }) => ({ responseEnd, domInteractive, domContentLoadedEventEnd }))(performance.getEntriesByType('navigation')[0]),
    }));
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ?? events.find((e) => e.name === 'navigationStart')?.ts;
    const calls = new Map();
    for (const e of events) if (e.name === 'FunctionCall' || e.name === 'v8.callFunction') calls.set(`${e.pid}:${e.tid}`, (calls.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const main = [...calls].sort((a, b) => b[1] - a[1])[0][0];
    const end = navStart + marks.chart * 1000;
    const sums = new Map();
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur || e.ts > end || e.ts < navStart) continue;
      const s = sums.get(e.name) ?? { wall: 0, cpu: 0 };
      s.wall += e.dur;
      s.cpu += e.tdur ?? 0;
      sums.set(e.name, s);
    }
    console.log(`run ${run}: first chart ${marks.chart.toFixed(1)} ms, app started ${marks.started?.toFixed(1)} ms, nav ${JSON.stringify(marks.nav)}`);
    console.log('  resources [name, start, end]:', JSON.stringify(marks.res));
    const tasks = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.name === 'RunTask' && e.ts >= navStart && e.ts <= end && e.dur > 3000);
    for (const t of tasks) {
      const inner = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur > 1500).sort((a, b) => b.dur - a.dur).slice(0, 6);
      console.log(`  task at ${((t.ts - navStart) / 1000).toFixed(1)} ms, ${(t.dur / 1000).toFixed(1)} ms: ${inner.map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop().slice(0, 20) + ')' : ''} ${(e.dur / 1000).toFixed(1)}`).join(', ')}`);
    }
    console.log('  top events (ms, cpu/wall):', [...sums].sort((a, b) => b[1].wall - a[1].wall).slice(0, 14).map(([n, s]) => `${n} ${(s.cpu / 1000).toFixed(1)}/${(s.wall / 1000).toFixed(1)}`).join('; '));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
