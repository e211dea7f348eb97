#!/usr/bin/env node
// Which interaction grows the wasm memory? Replays the benchmark's memory load (bench/run.mjs
// step 3: load, each view once, the seeded interactions) and prints every 64 KiB step of
// the wasm memory with the phase, view, interaction index and kind that made it.
//
//     node bench/diagnose-steps.mjs [dist] [runs]
//     node bench/diagnose-steps.mjs target/bench-dist 3
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, PAGE_JS, VIEWS, showView, interactions } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const runs = Number(process.argv[3] ?? 3);
const pages = (b) => (b / 65536).toFixed(0);

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2, locale: 'en-GB' });
    await context.addInitScript({ content: PAGE_JS });
    const page = await context.newPage();
    const mem = () => page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? 0);
    // With a heap-stats build, Rust's live bytes and their peak since the last phase (KB).
    const heap = () =>
      page.evaluate(() => {
        const w = window.__bench.wasm;
        if (!w?.heap_peak) return '';
        const s = ` (live ${(w.heap_live() / 1024).toFixed(0)} KB in ${w.heap_count()} allocations, peak ${(w.heap_peak() / 1024).toFixed(0)} KB)`;
        w.heap_reset_peak();
        return s;
      });
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('won-atlas:first-chart').length > 0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const load = await mem();
    const line = [`run ${run}: load ${pages(load)}${await heap()}`];
    for (const v of [...VIEWS, 'funding']) {
      await showView(page, v);
      line.push(`${v} ${pages(await mem())}${await heap()}`);
    }
    const work = await interactions(page, 7000 + run * 100, 1000);
    await showView(page, 'funding');
    await page.waitForTimeout(300);
    line.push(`end ${pages(await mem())} pages`);
    console.log(line.join(' → '));
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    for (const s of work.steps) {
      const h = s.peak === null ? '' : ` (live before ${kb(s.live)}, peak ${kb(s.peak)}, largest request ${kb(s.largest)})`;
      console.log(`  block ${s.block} ${s.view.padEnd(8)} #${String(s.i).padStart(3)} ${s.kind.padEnd(6)} ${pages(s.from)} → ${pages(s.to)}${h}`);
    }
    for (const b of work.stats) {
      const kinds = Object.entries(b)
        .filter(([k]) => k !== 'block' && k !== 'view')
        .map(([k, v]) => `${k} ×${v.n} +${kb(v.rise)} (peak ${kb(v.peak)})`);
      console.log(`  block ${b.block} ${b.view.padEnd(8)} largest rise per kind: ${kinds.join(', ')}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
