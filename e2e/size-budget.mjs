#!/usr/bin/env node
// Size budget for what a first visit downloads.
//
//     node e2e/size-budget.mjs [dist]
//
// Reads dist/index.html, finds every file the page loads (script src; link href for
// stylesheets, modulepreload, preload and icons; img src; the JS and wasm named in Trunk's
// inline module script, `import init from '/x.js'; await init({ module_or_path: '/x_bg.wasm' })`;
// and, followed from those, JS imports such as wasm-bindgen snippets and CSS url()s),
// gzips each at level 9, prints raw and gzip bytes per file and in total, and exits 1 when
// the gzip total exceeds the budget, that total plus the Korean pack (a Korean reader's
// first load) exceeds its own, that total plus every reader's chunk (the wasm the chunk
// loader fetches when a view is first shown, after the first chart, when a briefing starts
// or a reader first exports) exceeds its own, the embed builder's chunk (an editor's)
// exceeds its own, there is not exactly one pack or fewer than two chunks, a referenced
// file is missing, or no wasm is found (which would mean this script does not understand
// what Trunk emits).
import fs from 'node:fs';
import path from 'node:path';
import { firstLoad, koreanPack } from './lib/first-load.mjs';

/** The budget for the gzip -9 total of everything index.html loads: the first load as
 * measured once the tables only chunks show were embedded apart from `DATASET`
 * (crates/atlas-model/src/codegen.rs), plus 10%. Lower the base as the first load falls
 * (docs/performance.md keeps the figures). */
const BUDGET_BYTES = Math.round(170_101 * 1.1);
/** The Korean pack (the Korean strings, names and quote renderings, fetched for Korean
 * readers only), as measured with every view's strings and the bodies' roles in it, plus
 * 10%. */
const KO_PACK_BYTES = Math.round(22_370 * 1.1);
/** The budget for a Korean reader's first load: the first-load budget and the pack's. */
const KO_BUDGET_BYTES = BUDGET_BYTES + KO_PACK_BYTES;
/** The chunks a reader may fetch (the regions, timeline and economy views, the briefing,
 * the exporter, the steps since the report, the funding tables and detail panels, and the
 * chunks they share), as measured once they carried the tables embedded apart from
 * `DATASET`, plus 10%. */
const CHUNKS_BYTES = Math.round(162_730 * 1.1);
/** The budget for the whole app, what a reader who opens every view downloads: the
 * first-load budget and the chunks'. */
const ALL_BUDGET_BYTES = BUDGET_BYTES + CHUNKS_BYTES;
/** The embed builder's chunk, which only an editor fetches (it opens with the Embed
 * dialog), so no reader's total counts it: as measured, plus 10%. */
const EDITOR_BYTES = Math.round(13_738 * 1.1);
/** Whether a chunk is the editor's. */
const isEditors = (name) => /-embed\.wasm$/.test(name);

const dist = path.resolve(process.argv[2] ?? 'dist');
const indexFile = path.join(dist, 'index.html');

function fail(message) {
  console.error(`size budget: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(indexFile)) fail(`${indexFile} is missing: run \`trunk build --release\` first`);

const { files, total: sums, missing, chunks } = firstLoad(dist);

// Print the table: files in the order found, then the total.
const rows = files.map((f) => [f.name, f.raw, f.gzip]);
const total = [sums.raw, sums.gzip];
const fmt = (n) => n.toLocaleString('en-US');
const width = Math.max(5, ...rows.map(([name]) => name.length));
const line = (name, raw, gz) => `${name.padEnd(width)}  ${String(raw).padStart(11)}  ${String(gz).padStart(11)}`;
console.log(line('file', 'raw bytes', 'gzip -9'));
for (const [name, raw, gz] of rows) console.log(line(name, fmt(raw), fmt(gz)));
console.log(line('total', fmt(total[0]), fmt(total[1])));
const pct = ((100 * total[1]) / BUDGET_BYTES).toFixed(0);
console.log(`budget: ${fmt(total[1])} of ${fmt(BUDGET_BYTES)} gzip bytes (${(BUDGET_BYTES / 1024).toFixed(0)} KB), ${pct}% used`);

let ok = true;
if (missing.length) {
  console.error(`size budget: index.html loads files that are not in ${dist}: ${missing.join(', ')}`);
  ok = false;
}
if (!rows.some(([name]) => name.endsWith('.wasm'))) {
  console.error('size budget: found no .wasm that index.html loads; has the form of Trunk\'s loader script changed?');
  ok = false;
}
// A Korean reader's first load also fetches the Korean pack (src/data/korean.rs).
let pack = null;
try {
  pack = koreanPack(dist);
} catch (err) {
  console.error(`size budget: ${err.message}`);
  ok = false;
}
if (pack) {
  const ko = total[1] + pack.gzip;
  console.log(line(`+ ${pack.name} (Korean readers only)`, fmt(pack.raw), fmt(pack.gzip)));
  console.log(`Korean reader: ${fmt(ko)} of ${fmt(KO_BUDGET_BYTES)} gzip bytes, ${((100 * ko) / KO_BUDGET_BYTES).toFixed(0)}% used`);
  if (ko > KO_BUDGET_BYTES) {
    console.error(`size budget: a Korean reader's first load is OVER by ${fmt(ko - KO_BUDGET_BYTES)} gzip bytes`);
    ok = false;
  }
}
// The view chunks, fetched when their view is first shown (scripts/split-wasm.mjs).
if (chunks.length < 3) {
  console.error(`size budget: found ${chunks.length} view chunks; expected the regions, timeline and economy views' (scripts/split-wasm.mjs)`);
  ok = false;
}
const when = (name) => (/-export\.wasm$/.test(name) ? 'at the first export' : /-embed\.wasm$/.test(name) ? 'when the Embed dialog opens' : /-details\.wasm$/.test(name) ? 'after the first chart, or at a first panel' : 'when its view is shown');
for (const c of chunks) console.log(line(`+ ${c.name} (${when(c.name)})`, fmt(c.raw), fmt(c.gzip)));
const all = total[1] + chunks.filter((c) => !isEditors(c.name)).reduce((a, c) => a + c.gzip, 0);
console.log(`every view (a reader's): ${fmt(all)} of ${fmt(ALL_BUDGET_BYTES)} gzip bytes, ${((100 * all) / ALL_BUDGET_BYTES).toFixed(0)}% used`);
if (all > ALL_BUDGET_BYTES) {
  console.error(`size budget: the first load and every view chunk are OVER by ${fmt(all - ALL_BUDGET_BYTES)} gzip bytes`);
  ok = false;
}
const editors = chunks.filter((c) => isEditors(c.name));
if (editors.length !== 1) {
  console.error(`size budget: found ${editors.length} embed builder chunks; expected one (src/ui/lazy.rs, scripts/split-wasm.mjs)`);
  ok = false;
}
for (const c of editors) {
  console.log(`embed builder: ${fmt(c.gzip)} of ${fmt(EDITOR_BYTES)} gzip bytes, ${((100 * c.gzip) / EDITOR_BYTES).toFixed(0)}% used (an editor's, not in a reader's total)`);
  if (c.gzip > EDITOR_BYTES) {
    console.error(`size budget: the embed builder's chunk is OVER by ${fmt(c.gzip - EDITOR_BYTES)} gzip bytes`);
    ok = false;
  }
}
if (total[1] > BUDGET_BYTES) {
  console.error(`size budget: OVER by ${fmt(total[1] - BUDGET_BYTES)} gzip bytes`);
  ok = false;
}
process.exit(ok ? 0 : 1);
