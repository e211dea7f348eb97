#!/usr/bin/env node
// What the JS heap grows by during the benchmark's memory load. Replays bench/run.mjs's
// session (load, each view once, then the seeded interactions), and after the warm-up and
// after every tenth of the interactions prints the JS heap after a forced GC, the page's
// DOM node and listener counts (CDP Performance.getMetrics), the wasm memory and, with
// snapshots on, a heap snapshot diff against the warm-up: the object kinds whose count
// or size grew most.
//
//     node bench/diagnose-heap.mjs [dist] [interactions] [top]
//     node bench/diagnose-heap.mjs target/bench-dist 1000 25
//
// HEAP_SNAPSHOTS=0 skips the snapshots (they take a few seconds each); HEAP_SAVE=DIR also
// writes them there (warm.heapsnapshot, end.heapsnapshot) for Chromium's DevTools.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../e2e/lib/server.mjs';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT, PAGE_JS, VIEWS, showView, interactions } from './lib.mjs';

const dist = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const count = Number(process.argv[3] ?? 1000);
const top = Number(process.argv[4] ?? 25);
const snapshots = process.env.HEAP_SNAPSHOTS !== '0';

/** A heap snapshot summed by (node type, name): count and self size. */
async function snapshot(cdp, name) {
  let json = '';
  const onChunk = (e) => {
    json += e.chunk;
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  if (process.env.HEAP_SAVE) {
    fs.mkdirSync(process.env.HEAP_SAVE, { recursive: true });
    fs.writeFileSync(path.join(process.env.HEAP_SAVE, `${name}.heapsnapshot`), json);
  }
  const snap = JSON.parse(json);
  const meta = snap.snapshot.meta;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + iType]];
    let name = snap.strings[snap.nodes[i + iName]];
    // Strings are keyed by kind, not by text (their text is in the samples below).
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '';
    const key = `${type} ${name.slice(0, 80)}`;
    const e = out.get(key) ?? { count: 0, size: 0, samples: [] };
    e.count += 1;
    e.size += snap.nodes[i + iSize];
    if (type === 'string' && e.samples.length < 400) e.samples.push(snap.strings[snap.nodes[i + iName]].slice(0, 60));
    out.set(key, e);
  }
  return out;
}

function diff(a, b) {
  const rows = [];
  for (const [k, v] of b) {
    const u = a.get(k) ?? { count: 0, size: 0, samples: [] };
    if (v.size !== u.size || v.count !== u.count) rows.push({ k, dc: v.count - u.count, ds: v.size - u.size, v, u });
  }
  for (const [k, u] of a) if (!b.has(k)) rows.push({ k, dc: -u.count, ds: -u.size, v: { count: 0, size: 0 }, u });
  rows.sort((x, y) => y.ds - x.ds);
  return rows;
}

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2, locale: 'en-GB' });
  await context.addInitScript({ content: PAGE_JS });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('won-atlas:first-chart').length > 0);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);

  const measure = async (label) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const embedder = heap.embedderHeapUsedSize === undefined ? '' : `  (Blink ${(heap.embedderHeapUsedSize / 2 ** 20).toFixed(3)} MiB)`;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? 0);
    console.log(
      `${label.padEnd(14)} js heap ${(heap.usedSize / 2 ** 20).toFixed(3)} MiB${embedder}  wasm ${(wasm / 2 ** 20).toFixed(2)} MiB  ` +
        `nodes ${m.Nodes}  listeners ${m.JSEventListeners}  documents ${m.Documents}  frames ${m.Frames}`,
    );
    return heap.usedSize;
  };
  await measure('load');
  for (const v of [...VIEWS, 'funding']) await showView(page, v);
  await measure('views once');
  await cdp.send('HeapProfiler.enable');
  const warm = snapshots ? await snapshot(cdp, 'warm') : null;
  await interactions(page, 7000, count, (block) => measure(`after ${((block + 1) * count) / 10}`));
  await showView(page, 'funding');
  await page.waitForTimeout(300);
  await measure('end (funding)');
  if (snapshots) {
    const end = await snapshot(cdp, 'end');
    const rows = diff(warm, end);
    // `native` nodes are Blink's (DOM, layout, fonts: outside the V8 heap that
    // Runtime.getHeapUsage's usedSize counts); every other type is V8's.
    const byType = new Map();
    for (const r of rows) {
      const t = r.k.split(' ')[0] === 'native' ? 'native' : r.k.startsWith('code ') ? 'code' : 'other V8';
      byType.set(t, (byType.get(t) ?? 0) + r.ds);
    }
    console.log(`\nsnapshot diff, views once → end, self size: ${[...byType].map(([t, b]) => `${t} ${b} B`).join(', ')}`);
    for (const [title, keep] of [
      ['V8 objects', (r) => !r.k.startsWith('native ')],
      ['Blink objects', (r) => r.k.startsWith('native ')],
    ]) {
      console.log(`\nlargest changes, ${title}:`);
      for (const r of rows.filter(keep).slice(0, top)) {
        console.log(`${String(r.ds).padStart(9)} B ${String(r.dc).padStart(6)} objects  ${r.k}  (now ${r.v.count}, ${r.v.size} B)`);
      }
    }
    for (const r of []) {
      console.log(`${String(r.ds).padStart(9)} B ${String(r.dc).padStart(6)} objects  ${r.k}  (now ${r.v.count}, ${r.v.size} B)`);
    }
    const strings = end.get('string ');
    const before = new Set(warm.get('string ')?.samples ?? []);
    if (strings) console.log(`\nsome strings present at the end and not in the warm-up sample:\n${strings.samples.filter((s) => !before.has(s)).slice(0, 40).map((s) => JSON.stringify(s)).join('\n')}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
