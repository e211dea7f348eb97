#!/usr/bin/env node
// Does wasm memory climb, or reach a peak once? Repeats one kind of interaction at a time
// (hover, arrows, select and clear, scene switch) 1,500 times on each view, in a fresh
// page each, and prints the wasm memory (MiB) every 150 repetitions.
//
//     node bench/diagnose-memory.mjs [dist] [kinds] [views]
//     node bench/diagnose-memory.mjs target/bench-dist hover,select regions
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, REDRAW_CONTROLS, openView } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const kinds = (process.argv[3] ?? 'hover,arrows,select,toggle').split(',');
const views = (process.argv[4] ?? 'funding,regions,timeline').split(',');

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (const view of views) {
    for (const kind of kinds) {
      const { context, page } = await openView(browser, server.url, view);
      const curve = await page.evaluate(
        async ({ kind, sels }) => {
          const b = window.__bench;
          const rnd = b.rng(42);
          const mem = () => (b.wasm.memory.buffer.byteLength / 2 ** 20).toFixed(2);
          const out = [mem()];
          for (let i = 0; i < 1500; i++) {
            const c = b.canvas();
            const r = c.getBoundingClientRect();
            if (kind === 'hover') b.mouse(c, rnd() * r.width, rnd() * r.height);
            else if (kind === 'arrows') b.key(c, rnd() < 0.5 ? 'ArrowRight' : 'ArrowLeft');
            else if (kind === 'select') {
              b.key(c, 'ArrowRight');
              await b.settle();
              b.key(c, i % 2 ? 'Escape' : 'Enter');
            } else if (kind === 'toggle') document.querySelector(sels[i % 2]).click();
            await b.settle();
            if (i % 150 === 149) out.push(mem());
          }
          return out.join(' ');
        },
        { kind, sels: REDRAW_CONTROLS[view] },
      );
      console.log(`${view.padEnd(9)} ${kind.padEnd(7)} ${curve}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
