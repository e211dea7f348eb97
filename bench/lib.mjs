// The benchmark's page-side helpers (bench/run.mjs): the page instrumentation, the controls
// that swap a view's whole scene, and the memory load's view switches and seeded
// interactions.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** bench/page.js, injected into every measured page before the app's scripts run. */
export const PAGE_JS = fs.readFileSync(path.join(ROOT, 'bench', 'page.js'), 'utf8');

/** Controls that swap the whole scene, per view: the benchmark alternates between the two. */
export const REDRAW_CONTROLS = {
  funding: ['section.funding .controls fieldset.toggle:first-of-type button:nth-of-type(1)', 'section.funding .controls fieldset.toggle:first-of-type button:nth-of-type(2)'],
  regions: ['[data-testid=layout-map]', '[data-testid=layout-tiles]'],
  timeline: ['section.timeline .controls .toggle:not(.zoom) button:nth-of-type(1)', 'section.timeline .controls .toggle:not(.zoom) button:nth-of-type(2)'],
};

/** The views, in the order the benchmark visits them. */
export const VIEWS = ['funding', 'regions', 'timeline'];

/**
 * Resolves to the ms page.js reports for `what` ('first-chart' or 'first-input') in a
 * `won-atlas:bench` console message. Call it before `page.goto`: waiting this way runs
 * nothing in the page, where `page.waitForFunction` would inject playwright's utility
 * script in the middle of the load it measures.
 */
export function signal(page, what, timeout = 60_000) {
  const prefix = `won-atlas:bench ${what} `;
  return page
    .waitForEvent('console', { predicate: (m) => m.text().startsWith(prefix), timeout })
    .then((m) => Number(m.text().slice(prefix.length)));
}

/** Show `view` by clicking its tab, and wait until its canvas is drawn. */
export async function showView(page, view) {
  await page.evaluate(async (v) => {
    const b = window.__bench;
    const tab = document.getElementById(`tab-${v}`);
    if (!tab) throw new Error(`no tab for ${v}`);
    if (tab.getAttribute('aria-selected') !== 'true') tab.click();
    for (let i = 0; i < 200; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const c = b.canvas();
      if (c && c.closest(`section.${v}`) && c.width > 0) break;
    }
    b.canvas()?.scrollIntoView({ block: 'center' });
    await b.settle();
  }, view);
  // A boolean, not the canvas: waitForFunction resolves to a handle of what the function
  // returns, and a handle never disposed keeps that element, and the whole detached view
  // around it after the next switch, alive in the JS heap the benchmark measures.
  await page.waitForFunction((v) => document.querySelector(`section.${v} canvas.chart`) !== null, view);
}


/** `count` interactions (the benchmark's 1,000), seeded: pointer moves and clicks on the
 * canvas, arrow keys, Enter (select), Escape (clear), the scene-swapping controls, and a
 * change of view every tenth of them. `afterBlock(block)`, if given, runs after each tenth
 * (the heap diagnostic snapshots there). */
export async function interactions(page, seed, count, afterBlock = null) {
  let done = 0;
  let drew = 0;
  const curve = []; // wasm memory (bytes) after each block, to tell a leak from a high-water mark
  const steps = []; // { block, view, i, kind, from, to }: each interaction that grew it
  const stats = []; // per block, with a heap-stats build: { block, view, kind: { n, rise, peak } }
  const blocks = 10;
  const perView = Math.ceil(count / blocks);
  for (let block = 0; block < blocks; block++) {
    const view = VIEWS[block % VIEWS.length];
    const heap = () =>
      page.evaluate(() => {
        const w = window.__bench.wasm;
        return { bytes: w?.memory?.buffer?.byteLength ?? 0, live: w?.heap_live?.() ?? null, peak: w?.heap_peak?.() ?? null, largest: w?.heap_largest?.() ?? null };
      });
    const shown0 = await heap();
    await page.evaluate(() => window.__bench.wasm?.heap_reset_peak?.());
    await showView(page, view);
    const shown1 = await heap();
    if (shown1.bytes !== shown0.bytes || shown1.peak !== null) steps.push({ block, view, i: -1, kind: 'show', from: shown0.bytes, to: shown1.bytes, live: shown0.live, peak: shown1.peak, largest: shown1.largest });
    const r = await page.evaluate(
      async ({ n, seed, sels }) => {
        const b = window.__bench;
        const rnd = b.rng(seed);
        let drew = 0;
        // Where the wasm memory grew a page or more, and on which interaction.
        const steps = [];
        const mem = () => b.wasm?.memory?.buffer?.byteLength ?? 0;
        let before = mem();
        // A `heap-stats` build (src/main.rs) also counts Rust's live bytes: the largest
        // peak above the bytes live before it, per kind of interaction.
        const w = b.wasm;
        const stats = w?.heap_peak ? {} : null;
        for (let i = 0; i < n; i++) {
          const live0 = stats ? w.heap_live() : 0;
          if (stats) w.heap_reset_peak();
          const c = b.canvas();
          const rect = c.getBoundingClientRect();
          const x = rnd() * rect.width;
          const y = rnd() * rect.height;
          const p = rnd();
          const t = await b.timed(() => {
            if (p < 0.4) b.mouse(c, x, y);
            else if (p < 0.45) b.mouse(c, x, y, 'click');
            else if (p < 0.7) b.key(c, ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'][Math.floor(rnd() * 4)]);
            else if (p < 0.8) b.key(c, 'Enter');
            else if (p < 0.9) b.key(c, 'Escape');
            else document.querySelector(sels[Math.floor(rnd() * 2)])?.click();
          });
          drew += t.drew;
          const now = mem();
          const kind = p < 0.4 ? 'move' : p < 0.45 ? 'click' : p < 0.7 ? 'arrow' : p < 0.8 ? 'Enter' : p < 0.9 ? 'Escape' : 'switch';
          if (stats) {
            const s = (stats[kind] ??= { n: 0, rise: 0, peak: 0 });
            s.n += 1;
            s.rise = Math.max(s.rise, w.heap_peak() - live0);
            s.peak = Math.max(s.peak, w.heap_peak());
          }
          if (now !== before) {
            steps.push({ i, kind, from: before, to: now, live: stats ? live0 : null, peak: stats ? w.heap_peak() : null, largest: stats ? w.heap_largest() : null });
            before = now;
          }
        }
        return { drew, steps, stats };
      },
      { n: perView, seed: seed + block, sels: REDRAW_CONTROLS[view] },
    );
    done += perView;
    drew += r.drew;
    for (const st of r.steps) steps.push({ block, view, ...st });
    if (r.stats) stats.push({ block, view, ...r.stats });
    curve.push(await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null));
    if (afterBlock) await afterBlock(block);
  }
  return { done, drew, curve, steps, stats };
}
