#!/usr/bin/env node
// The Won Atlas benchmark. Not a test: it never fails on a missed target, it
// measures and reports. Run it through scripts/bench.sh, which builds the release site first.
//
//     node bench/run.mjs [dist]          # default target/bench-dist
//
// Environment: BENCH_RUNS (default 10, at least 1), BENCH_OUT (default
// target/bench/results.json), BENCH_INTERACTIONS (default 1000, for looking at memory over
// longer runs), E2E_CHROMIUM (the browser, default /usr/bin/chromium).
//
// It serves `dist` on 127.0.0.1 (e2e/lib/server.mjs) and drives headless Chromium
// (e2e/lib/browser.mjs flags) with a fresh browser context for every load, every run at
// 1280×800 CSS px and devicePixelRatio 2. Each run does:
//   1. a clean load: the `won-atlas:first-chart` mark (ms from navigation start), then on
//      that page the input latency, 200 pointer moves and 20 full redraws on each view;
//   2. a probe load: ms from navigation start to the first keydown the app handled;
//   3. a memory load: wasm memory and JS heap after load, after visiting each view once,
//      and after 1,000 interactions;
//   4. and 5. the clean and probe loads again under 4× CPU throttling (DevTools protocol).
// It prints one table (median, min, max over every sample) and writes it with the raw
// samples and the machine's description as JSON (BENCH_OUT), and the table alone as
// Markdown beside it (results.md), ready for docs/performance.md.
//
// Timings are taken inside the page with performance.now(); see bench/page.js for what
// each one starts and stops on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser, CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/browser.mjs';
import { firstLoad, koreanPack } from '../e2e/lib/first-load.mjs';
import { ROOT, PAGE_JS, REDRAW_CONTROLS, VIEWS, showView, interactions, signal } from './lib.mjs';

const DIST = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'target/bench/results.json');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10) | 0);
const VIEWPORT = { width: 1280, height: 800 };
const SCALE = 2;
const MOVES = 200;
const REDRAWS = 20;
const INTERACTIONS = Math.max(10, Number(process.env.BENCH_INTERACTIONS ?? 1000) | 0);
const THROTTLE = 4;

const KB = 1024;

// --- statistics -----------------------------------------------------------------------
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
function stats(xs) {
  return {
    n: xs.length,
    median: median(xs),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
    p95: quantile(xs, 0.95),
  };
}

// --- the browser side -----------------------------------------------------------------
async function openContext(browser, { throttle = 1, probe = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: SCALE, locale: 'en-GB' });
  await context.addInitScript({ content: (probe ? 'window.__benchProbe = true;\n' : '') + PAGE_JS });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp, problems };
}

/** Loads `url` and resolves to the first chart's mark, in ms from navigation start,
 * waiting without running anything in the page until it is drawn (`signal`); then checks
 * the mark page.js reported against the page's own. */
async function loadFirstChart(page, url) {
  const chart = signal(page, 'first-chart');
  await page.goto(url, { waitUntil: 'load' });
  const ms = await chart;
  const mark = await page.evaluate(() => performance.getEntriesByName('won-atlas:first-chart')[0].startTime);
  if (mark !== ms) throw new Error(`first-chart: page.js said ${ms} ms, the mark says ${mark}`);
  return ms;
}

/** Loads `url` with the first-input probe and resolves to its ms from navigation start. */
async function loadFirstInput(page, url) {
  const input = signal(page, 'first-input');
  await page.goto(url, { waitUntil: 'load' });
  return input;
}

/** Bytes the browser fetched for the load, by type (Resource Timing; the loopback server
 * sends no Content-Encoding, so these are raw bytes). */
async function fetchedBytes(page) {
  return page.evaluate(() => {
    const out = {};
    const add = (name, bytes) => {
      const ext = (new URL(name).pathname.match(/\.([a-z0-9]+)$/i)?.[1] ?? 'html').toLowerCase();
      const type = ext === 'mjs' ? 'js' : ['html', 'js', 'wasm', 'css'].includes(ext) ? ext : 'other';
      out[type] = (out[type] ?? 0) + bytes;
      out.total = (out.total ?? 0) + bytes;
    };
    const nav = performance.getEntriesByType('navigation')[0];
    if (nav) add(nav.name.replace(/#.*$/, ''), nav.decodedBodySize);
    for (const r of performance.getEntriesByType('resource')) {
      if (r.name.startsWith('data:')) continue;
      add(r.name, r.decodedBodySize);
    }
    return out;
  });
}

/** Input latency on a loaded page: ArrowRight on the chart canvas until the live region's
 * text changes (MutationObserver, in the page). */
async function inputLatency(page) {
  return page.evaluate(async () => {
    const b = window.__bench;
    const c = b.canvas();
    c.focus();
    await b.settle();
    const out = [];
    for (let i = 0; i < 10; i++) {
      const live = b.live();
      const before = live.textContent;
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (b.live().textContent !== before) {
            mo.disconnect();
            resolve(performance.now());
          }
        });
        mo.observe(document.getElementById('app') ?? document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          mo.disconnect();
          resolve(null);
        }, 2000);
      });
      const t0 = performance.now();
      b.key(b.canvas(), 'ArrowRight');
      const t1 = await done;
      if (t1 !== null) out.push(t1 - t0);
      await b.settle();
    }
    return out;
  });
}

/** 200 pointer moves over a grid on the canvas, visited in a seeded shuffled order so most
 * moves land on a different item than the one before (each such move re-renders the view,
 * shows a tooltip and redraws the canvas). Returns per-move times with whether it drew. */
async function hovers(page, seed) {
  return page.evaluate(
    async ({ moves, seed }) => {
      const b = window.__bench;
      const c = b.canvas();
      const r = c.getBoundingClientRect();
      const cols = 20;
      const rows = Math.ceil(moves / cols);
      const pts = [];
      for (let j = 0; j < rows; j++) {
        for (let i = 0; i < cols; i++) pts.push([((i + 0.5) * r.width) / cols, ((j + 0.5) * r.height) / rows]);
      }
      const rnd = b.rng(seed);
      for (let i = pts.length - 1; i > 0; i--) {
        const k = Math.floor(rnd() * (i + 1));
        [pts[i], pts[k]] = [pts[k], pts[i]];
      }
      const out = [];
      for (const [x, y] of pts.slice(0, moves)) {
        out.push(await b.timed(() => b.mouse(b.canvas(), x, y)));
      }
      b.mouse(b.canvas(), -10, -10, 'mouseleave');
      await b.settle();
      return out;
    },
    { moves: MOVES, seed },
  );
}

/** Full redraws: click the view's scene-swapping controls alternately, `n` times. */
async function redraws(page, view, n) {
  return page.evaluate(
    async ({ sels, n }) => {
      const b = window.__bench;
      const out = [];
      // Start from the first state (untimed), so every timed click changes the scene.
      document.querySelector(sels[0]).click();
      await b.settle();
      for (let i = 0; i < n; i++) {
        const el = document.querySelector(sels[(i + 1) % 2]);
        if (!el) throw new Error(`no control ${sels[(i + 1) % 2]}`);
        out.push(await b.timed(() => el.click()));
      }
      document.querySelector(sels[0]).click();
      await b.settle();
      return out;
    },
    { sels: REDRAW_CONTROLS[view], n },
  );
}

async function memory(page, cdp) {
  // Before the heap is read: playwright's first waitForFunction in a page injects its
  // utility script, which must be in every reading, the one after load included, or it
  // would count as the app's growth. `showView` and the interactions call it; the load
  // waits through `signal`, which does not.
  await page.waitForFunction(() => true);
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { wasm, jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize };
}

async function run(browser, url, i) {
  const sample = { run: i + 1, loadavg: os.loadavg().map((x) => +x.toFixed(2)) };
  const problems = [];

  // 1. clean load, then the steady-state measurements on that page.
  {
    const { context, page, problems: p } = await openContext(browser);
    sample.firstChart = await loadFirstChart(page, url);
    await page.waitForLoadState('networkidle');
    sample.fetched = await fetchedBytes(page);
    sample.nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const wasm = performance.getEntriesByType('resource').find((r) => /\.wasm$/.test(new URL(r.name).pathname));
      return {
        domContentLoaded: n.domContentLoadedEventEnd,
        load: n.loadEventEnd,
        wasmFetched: wasm ? wasm.responseEnd : null,
        appStarted: window.__bench.started ?? null,
      };
    });
    await showView(page, 'funding');
    sample.inputLatency = await inputLatency(page);
    sample.hover = {};
    sample.redraw = {};
    for (const view of VIEWS) {
      await showView(page, view);
      sample.hover[view] = await hovers(page, 1000 + i);
      sample.redraw[view] = await redraws(page, view, REDRAWS);
    }
    problems.push(...p);
    await context.close();
  }

  // 1b. a Korean reader's load: the app fetches the Korean pack before it draws.
  {
    const { context, page, problems: p } = await openContext(browser);
    sample.koFirstChart = await loadFirstChart(page, `${url}#lang=ko`);
    problems.push(...p);
    await context.close();
  }

  // 1c. links to the views that come as wasm chunks (src/ui/lazy.rs): the app fetches the
  // chunk when it first renders the view, so their first chart waits for it.
  for (const view of ['regions', 'timeline']) {
    const { context, page, problems: p } = await openContext(browser);
    sample[`${view}FirstChart`] = await loadFirstChart(page, `${url}#view=${view}`);
    problems.push(...p);
    await context.close();
  }

  // 2. probe load: navigation → first input handled.
  {
    const { context, page, problems: p } = await openContext(browser, { probe: true });
    Object.assign(sample, {
      firstInput: await loadFirstInput(page, url),
      firstInputDispatches: await page.evaluate(() => window.__bench.dispatches),
    });
    problems.push(...p);
    await context.close();
  }

  // 3. memory.
  {
    const { context, page, cdp, problems: p } = await openContext(browser);
    await loadFirstChart(page, url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const afterLoad = await memory(page, cdp);
    for (const v of [...VIEWS, 'funding']) await showView(page, v);
    const afterWarmup = await memory(page, cdp);
    // The JS heap after GC halfway and at the end of the interactions, to tell a leak from
    // a one-time rise (as the wasm memory's curve does).
    const heapCurve = {};
    const work = await interactions(page, 7000 + i * 100, INTERACTIONS, async (block) => {
      if (block === 4 || block === 9) heapCurve[block] = (await memory(page, cdp)).jsHeapUsed;
    });
    work.jsHeapHalf = heapCurve[4];
    work.jsHeapEnd = heapCurve[9];
    await showView(page, 'funding');
    await page.waitForTimeout(300);
    const afterInteractions = await memory(page, cdp);
    sample.memory = { afterLoad, afterWarmup, afterInteractions, interactions: work };
    problems.push(...p);
    await context.close();
  }

  // 4. and 5. the loads under CPU throttling.
  {
    const { context, page, problems: p } = await openContext(browser, { throttle: THROTTLE });
    sample.throttledFirstChart = await loadFirstChart(page, url);
    problems.push(...p);
    await context.close();
  }
  {
    const { context, page, problems: p } = await openContext(browser, { throttle: THROTTLE, probe: true });
    sample.throttledFirstInput = await loadFirstInput(page, url);
    problems.push(...p);
    await context.close();
  }
  sample.problems = problems;
  return sample;
}

// --- machine ---------------------------------------------------------------------------
function machine(browserVersion) {
  const cpuinfo = (() => {
    try {
      return fs.readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const require = createRequire(import.meta.url);
  let playwright = null;
  try {
    playwright = JSON.parse(fs.readFileSync(require.resolve('playwright-core/package.json'), 'utf8')).version;
  } catch {
    // not fatal
  }
  return {
    cpu: model,
    cores: os.cpus().length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    chromiumPath: CHROMIUM,
    chromiumArgs: CHROMIUM_ARGS,
    playwrightCore: playwright,
    commit: git(['rev-parse', '--short', 'HEAD']),
    worktreeDirty: (git(['status', '--porcelain']) ?? '') !== '',
    loadavgBefore: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

// --- table -------------------------------------------------------------------------------
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (n) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : '–');
const fmtBytes = (n) => (Number.isFinite(n) ? `${fmtInt(n)} B` : '–');
const fmtMiB = (n) => (Number.isFinite(n) ? `${(n / 2 ** 20).toFixed(2)} MiB` : '–');
const fmtPct = (n) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(1)}%` : '–');

function row(metric, xs, fmt, target = '', okFn = null) {
  const s = stats(xs);
  const ok = okFn ? (Number.isFinite(s.median) ? (okFn(s.median) ? 'yes' : 'NO') : '?') : '';
  return { metric, ...s, display: [fmt(s.median), fmt(s.min), fmt(s.max)], target, ok };
}

function buildRows(sizes, samples) {
  const rows = [];
  const T = ['html', 'css', 'js', 'wasm', 'other'];
  for (const t of T) {
    const b = sizes.byType[t];
    if (!b) continue;
    rows.push(row(`first load ${t}, raw (${b.files} file${b.files > 1 ? 's' : ''})`, [b.raw], fmtBytes));
    rows.push(row(`first load ${t}, gzip -9`, [b.gzip], fmtBytes));
  }
  rows.push(row('first load total, raw', [sizes.total.raw], fmtBytes));
  rows.push(row('first load total, gzip -9', [sizes.total.gzip], fmtBytes, '≤ 200 KB (204,800 B)', (v) => v <= 200 * KB));
  if (sizes.korean) {
    rows.push(row('Korean pack, fetched for Korean readers only, gzip -9', [sizes.korean.gzip], fmtBytes));
    rows.push(row('first load total for a Korean reader, gzip -9', [sizes.total.gzip + sizes.korean.gzip], fmtBytes, '≤ 200 KB (204,800 B)', (v) => v <= 200 * KB));
  }
  for (const c of sizes.chunks ?? []) rows.push(row(`view chunk ${c.name.replace(/^won-atlas-[0-9a-f]+-/, '')}, fetched when its view is first shown, gzip -9`, [c.gzip], fmtBytes));
  if (sizes.chunks?.length) {
    rows.push(row('first load and every view chunk, gzip -9', [sizes.total.gzip + sizes.chunks.reduce((a, c) => a + c.gzip, 0)], fmtBytes));
  }
  rows.push(row('bytes the browser fetched (raw)', samples.map((s) => s.fetched.total), fmtBytes));
  rows.push(row('first chart, ms from navigation', samples.map((s) => s.firstChart), fmtMs, '≤ 300 ms', (v) => v <= 300));
  rows.push(row('  of which: wasm downloaded (responseEnd), ms', samples.map((s) => s.nav.wasmFetched).filter(Number.isFinite), fmtMs));
  rows.push(row('  of which: wasm compiled and app started, ms', samples.map((s) => s.nav.appStarted).filter(Number.isFinite), fmtMs));
  rows.push(row('first chart, Korean reader (#lang=ko), ms', samples.map((s) => s.koFirstChart).filter(Number.isFinite), fmtMs, '≤ 300 ms', (v) => v <= 300));
  for (const v of ['regions', 'timeline']) {
    const xs = samples.map((s) => s[`${v}FirstChart`]).filter(Number.isFinite);
    if (xs.length) rows.push(row(`first chart, a #view=${v} link (its chunk fetched), ms`, xs, fmtMs, '≤ 300 ms', (x) => x <= 300));
  }
  rows.push(row('first input handled, ms from navigation', samples.map((s) => s.firstInput), fmtMs));
  rows.push(row('input latency: keydown → live region, ms', samples.flatMap((s) => s.inputLatency), fmtMs));
  for (const v of VIEWS) {
    const all = samples.flatMap((s) => s.hover[v]);
    rows.push(row(`hover update, ${v}, ms (${all.filter((m) => m.drew).length} of ${all.length} moves changed it)`, all.filter((m) => m.drew).map((m) => m.ms), fmtMs, '≤ 4 ms median', (x) => x <= 4));
  }
  for (const v of VIEWS) {
    const all = samples.flatMap((s) => s.hover[v]).filter((m) => m.drew && m.draw !== null);
    rows.push(row(`  ${v}: render and layout before the draw`, all.map((m) => m.before), fmtMs));
    rows.push(row(`  ${v}: canvas draw calls`, all.map((m) => m.draw), fmtMs));
    // Chromium records 2D-context calls and rasterises them when the task ends
    // (CanvasRenderingContext2D::FinalizeFrame in a trace): most of this is that raster.
    rows.push(row(`  ${v}: canvas raster and other work after the draw`, all.map((m) => m.ms - m.before - m.draw - m.layout), fmtMs));
    rows.push(row(`  ${v}: style and layout at the end`, all.map((m) => m.layout), fmtMs));
  }
  for (const v of VIEWS) {
    const all = samples.flatMap((s) => s.redraw[v]).filter((m) => m.drew && m.raster !== null);
    rows.push(row(`full redraw, ${v}, ms (whole update + raster)`, all.map((m) => m.ms + m.raster), fmtMs, '≤ 16 ms', (x) => x <= 16));
    rows.push(row(`  ${v}: render and layout before the draw`, all.filter((m) => m.before !== null).map((m) => m.before), fmtMs));
    rows.push(row(`  ${v}: canvas draw calls`, all.filter((m) => m.draw !== null).map((m) => m.draw), fmtMs));
    rows.push(row(`  ${v}: canvas raster and other work after the draw`, all.filter((m) => m.draw !== null).map((m) => m.ms - m.before - m.draw - m.layout), fmtMs));
    rows.push(row(`  ${v}: style and layout at the end`, all.map((m) => m.layout), fmtMs));
    rows.push(row(`  ${v}: raster still pending at a pixel read`, all.map((m) => m.raster), fmtMs));
  }
  const mem = (k, w) => samples.map((s) => s.memory[k][w]).filter((x) => x !== null);
  const growth = (from, w) => samples.map((s) => (100 * (s.memory.afterInteractions[w] - s.memory[from][w])) / s.memory[from][w]).filter(Number.isFinite);
  rows.push(row('wasm memory after load', mem('afterLoad', 'wasm'), fmtMiB));
  rows.push(row('wasm memory after each view once', mem('afterWarmup', 'wasm'), fmtMiB));
  rows.push(row(`wasm memory after ${INTERACTIONS} interactions`, mem('afterInteractions', 'wasm'), fmtMiB));
  rows.push(row(`wasm memory growth, load → ${INTERACTIONS} interactions`, growth('afterLoad', 'wasm'), fmtPct, '≤ 5%', (v) => v <= 5));
  rows.push(row(`wasm memory growth, views warm → ${INTERACTIONS} interactions`, growth('afterWarmup', 'wasm'), fmtPct, '≤ 5%', (v) => v <= 5));
  // wasm memory never shrinks: it is the heap's high-water mark. Growth over the second half
  // of the interactions tells a leak (keeps climbing) from a peak reached once.
  const half = samples
    .map((s) => s.memory.interactions.curve)
    .filter((c) => c.length >= 2 && c[Math.floor(c.length / 2) - 1])
    .map((c) => (100 * (c.at(-1) - c[Math.floor(c.length / 2) - 1])) / c[Math.floor(c.length / 2) - 1]);
  rows.push(row(`wasm memory growth, ${INTERACTIONS / 2} → ${INTERACTIONS} interactions`, half, fmtPct, '≤ 5%', (v) => v <= 5));
  rows.push(row('JS heap used after load (after GC)', mem('afterLoad', 'jsHeapUsed'), fmtMiB));
  rows.push(row(`JS heap used after ${INTERACTIONS} interactions (after GC)`, mem('afterInteractions', 'jsHeapUsed'), fmtMiB));
  rows.push(row(`JS heap growth, load → ${INTERACTIONS} interactions`, growth('afterLoad', 'jsHeapUsed'), fmtPct, '≤ 5%', (v) => v <= 5));
  rows.push(row(`JS heap growth, views warm → ${INTERACTIONS} interactions`, growth('afterWarmup', 'jsHeapUsed'), fmtPct, '≤ 5%', (v) => v <= 5));
  const heapHalf = samples
    .map((s) => s.memory.interactions)
    .filter((w) => w.jsHeapHalf && w.jsHeapEnd)
    .map((w) => (100 * (w.jsHeapEnd - w.jsHeapHalf)) / w.jsHeapHalf);
  rows.push(row(`JS heap growth, ${INTERACTIONS / 2} → ${INTERACTIONS} interactions`, heapHalf, fmtPct, '≤ 5%', (v) => v <= 5));
  rows.push(row(`first chart, ${THROTTLE}× CPU throttling, ms`, samples.map((s) => s.throttledFirstChart), fmtMs, '≤ 1000 ms', (v) => v <= 1000));
  rows.push(row(`first input handled, ${THROTTLE}× CPU throttling, ms`, samples.map((s) => s.throttledFirstInput), fmtMs));
  return rows;
}

function printTable(rows) {
  const head = ['metric', 'median', 'min', 'max', 'target', 'ok?'];
  const cells = rows.map((r) => [r.metric, ...r.display, r.target, r.ok]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((x, i) => (i >= 1 && i <= 3 ? String(x).padStart(w[i]) : String(x).padEnd(w[i]))).join(' | ').trimEnd();
  const out = [line(head), w.map((n) => '-'.repeat(n)).join('-|-')];
  for (const c of cells) out.push(line(c));
  return out.join('\n');
}

// --- main --------------------------------------------------------------------------------
const started = new Date();
const sizes = firstLoad(DIST);
// Builds before the Korean pack (an older tree, for a comparison) have none.
try {
  sizes.korean = koreanPack(DIST);
} catch (err) {
  sizes.korean = null;
  console.error(`bench: ${err.message}; no Korean-reader row`);
}
if (sizes.missing.length) throw new Error(`index.html loads files missing from ${DIST}: ${sizes.missing.join(', ')}`);
const server = await startServer(DIST);
const browser = await launchBrowser();
const info = machine(browser.version());
const samples = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const t0 = Date.now();
    samples.push(await run(browser, server.url, i));
    const s = samples.at(-1);
    console.error(
      `run ${i + 1}/${RUNS}: first chart ${fmtMs(s.firstChart)} ms, first input ${fmtMs(s.firstInput)} ms, ` +
        `throttled first chart ${fmtMs(s.throttledFirstChart)} ms (${((Date.now() - t0) / 1000).toFixed(0)} s)` +
        (s.problems.length ? `; page problems: ${s.problems.join('; ')}` : ''),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
info.loadavgAfter = os.loadavg().map((x) => +x.toFixed(2));

const rows = buildRows(sizes, samples);
const table = printTable(rows);
console.log(
  `Won Atlas benchmark, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${RUNS} runs, ` +
    `${VIEWPORT.width}×${VIEWPORT.height} @${SCALE}x, ${info.cpu} (${info.cores} cores), Node ${info.node}, ${info.chromium}, ` +
    `load average ${info.loadavgBefore[0]} → ${info.loadavgAfter[0]}`,
);
console.log(table);

fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(
  OUT,
  JSON.stringify(
    {
      date: started.toISOString(),
      command: 'scripts/bench.sh',
      dist: path.relative(ROOT, DIST),
      runs: RUNS,
      settings: { viewport: VIEWPORT, deviceScaleFactor: SCALE, moves: MOVES, redraws: REDRAWS, interactions: INTERACTIONS, throttle: THROTTLE },
      machine: info,
      firstLoad: sizes,
      table: rows,
      tableText: table,
      samples,
    },
    null,
    1,
  ) + '\n',
);
// The same table in Markdown, for docs/performance.md.
const md = [
  `${RUNS} runs, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${info.cpu} (${info.cores} cores), ` +
    `Node ${info.node}, Chromium ${info.chromium}, ${VIEWPORT.width}×${VIEWPORT.height} CSS px at devicePixelRatio ${SCALE}, ` +
    `load average ${info.loadavgBefore[0]} before and ${info.loadavgAfter[0]} after.`,
  '',
  '| metric | median | min | max | target | ok? |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map((r) => `| ${r.metric.replace(/^ {2}/, '↳ ').replace(/\|/g, '\\|')} | ${r.display.join(' | ')} | ${r.target} | ${r.ok} |`),
].join('\n');
const mdFile = OUT.replace(/\.json$/, '') + '.md';
fs.writeFileSync(mdFile, md + '\n');
console.log(`written: ${path.relative(process.cwd(), OUT) || OUT} and ${path.relative(process.cwd(), mdFile) || mdFile}`);
