#!/usr/bin/env node
// Sums twiggy's items (`twiggy top -f json`) into groups a person can act on: data
// segments, our views as wasm-opt inlined them, each crate, and two cross-cutting kinds of
// code (slice-sort instantiations, number formatting). Also lists the largest data segments
// with a preview of their text, read from the wasm itself.
//
//     node bench/twiggy-groups.mjs twiggy.json named.wasm
import fs from 'node:fs';
import zlib from 'node:zlib';

const [jsonFile, wasmFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));

const CRATES = [
  'won_atlas', 'atlas_model', 'yew', 'plotters_canvas', 'plotters_backend', 'plotters', 'core', 'alloc', 'std',
  'dlmalloc', 'wasm_bindgen_futures', 'wasm_bindgen', 'web_sys', 'js_sys', 'serde', 'gloo_events', 'gloo_utils',
  'gloo', 'hashbrown', 'compiler_builtins', 'implicit_clone', 'indexmap', 'slab', 'futures_util', 'futures_channel',
  'futures_core', 'tracing', 'prokio', 'pinned',
];

// Names can carry a crate disambiguator (yew[2fba5a9ff07b31c2]::…), as they do when std is
// built from source (scripts/build.sh).
function group(name) {
  if (/^custom section|subsection$/.test(name)) return null; // names: not shipped
  if (/^data segment|^data\[/.test(name)) return 'data segments (dataset text, map points, tables)';
  const s = name.replace(/^<+/, '');
  if (/^yew(\[[0-9a-f]+\])?::html::component::lifecycle::CompStateInner/.test(s)) return 'views (our components, inlined into yew’s CompStateInner::view)';
  for (const c of CRATES) if (s.startsWith(`${c}::`) || s.startsWith(`${c}[`)) return c;
  return 'other (std impls on primitives, glue, tables)';
}

const groups = new Map();
let total = 0;
for (const it of items) {
  const g = group(it.name);
  if (!g) continue;
  groups.set(g, (groups.get(g) ?? 0) + it.shallow_size);
  total += it.shallow_size;
}
const sum = (re) => items.filter((i) => re.test(i.name)).reduce((a, i) => a + i.shallow_size, 0);
const count = (re) => items.filter((i) => re.test(i.name)).length;

const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
console.log(`shipped code + data (names excluded): ${kb(total)}`);
console.log('by group:');
for (const [g, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${kb(n)} ${pct(n)}  ${g}`);
console.log('across crates:');
console.log(`  ${kb(sum(/slice::sort/))} ${pct(sum(/slice::sort/))}  slice sort instantiations (${count(/slice::sort/)} functions)`);
const fmtRe = /core(\[[0-9a-f]+\])?::(fmt|num::flt2dec|num::bignum)|as core(\[[0-9a-f]+\])?::fmt::(Debug|Display)/;
console.log(`  ${kb(sum(fmtRe))} ${pct(sum(fmtRe))}  core::fmt and float formatting`);

// Data segments straight from the wasm's data section.
if (wasmFile) {
  const b = fs.readFileSync(wasmFile);
  let p = 8;
  const leb = () => {
    let r = 0;
    let sh = 0;
    let x;
    do {
      x = b[p++];
      r |= (x & 0x7f) << sh;
      sh += 7;
    } while (x & 0x80);
    return r >>> 0;
  };
  const segs = [];
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    const end = p + size;
    if (id === 11) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        const flags = leb();
        if (flags === 2) leb();
        if (flags !== 1) {
          while (b[p] !== 0x0b) p++; // the offset expression
          p++;
        }
        const len = leb();
        segs.push(b.subarray(p, p + len));
        p += len;
      }
    }
    p = end;
  }
  const all = Buffer.concat(segs);
  console.log(`data segments: ${segs.length}, ${kb(all.length)} raw, ${kb(zlib.gzipSync(all, { level: 9 }).length)} gzip -9 on their own`);
  console.log('largest data segments (raw, gzip -9 alone, preview):');
  for (const d of [...segs].sort((x, y) => y.length - x.length).slice(0, 8)) {
    const preview = d.toString('utf8').replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, '·').slice(0, 90);
    console.log(`  ${kb(d.length)} ${kb(zlib.gzipSync(d, { level: 9 }).length)}  ${JSON.stringify(preview)}`);
  }
}
