// What a first visit downloads: every file dist/index.html loads (script src,
// stylesheet/preload/modulepreload/icon links, img src, the JS and wasm named in Trunk's
// inline loader, JS imports and CSS url()s followed from those), with raw and gzip -9
// sizes. One walk, used by the size gate (e2e/size-budget.mjs) and the benchmark
// (bench/run.mjs), so the two can never count different files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Attribute value of `name` in one tag's attribute text, or undefined. */
function attr(tag, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function htmlRefs(html) {
  const refs = [];
  for (const [, tag] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = attr(tag, 'src');
    if (src) refs.push(src);
  }
  const rels = new Set(['stylesheet', 'modulepreload', 'preload', 'icon', 'shortcut', 'apple-touch-icon', 'manifest']);
  for (const [, tag] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href && rel.some((r) => rels.has(r))) refs.push(href);
  }
  for (const [, tag] of html.matchAll(/<img\b([^>]*)>/gi)) {
    const src = attr(tag, 'src');
    if (src) refs.push(src);
  }
  for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (attr(open, 'src')) continue;
    for (const [, , ref] of body.matchAll(/(['"`])([^'"`\s]+?\.(?:m?js|wasm))\1/g)) refs.push(ref);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.push(...cssRefs(body));
  return refs;
}

/** The chunk loader scripts/split-wasm.mjs writes: what its `new URL()`s name are wasm
 * chunks fetched when a view is first shown, not part of the first load. */
export const CHUNK_LOADER = /-split\.js$/;

function jsFileRefs(js, file) {
  const refs = [];
  for (const [, , ref] of js.matchAll(/\b(?:from|import)\s*\(?\s*(['"])([^'"]+)\1/g)) refs.push(ref);
  const onDemand = CHUNK_LOADER.test(file);
  for (const [, , ref] of js.matchAll(/new\s+URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url/g)) {
    refs.push(onDemand ? { ref, onDemand } : { ref, optional: true });
  }
  return refs.filter((r) => typeof r !== 'string' || /^(?:\.{1,2}\/|\/)/.test(r));
}

function cssRefs(css) {
  const refs = [];
  for (const [, , ref] of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) refs.push(ref);
  for (const [, , ref] of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) refs.push(ref);
  return refs;
}

function resolveRef(dist, ref, fromFile) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null;
  const clean = decodeURIComponent(ref.replace(/[?#].*$/, ''));
  if (!clean) return null;
  if (!clean.startsWith('/')) return path.resolve(path.dirname(fromFile), clean);
  const parts = clean.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const candidate = path.join(dist, ...parts.slice(i));
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join(dist, ...parts);
}

/** The type a file counts under: html, js, wasm, css or other. */
export function fileType(name) {
  const ext = path.extname(name).toLowerCase().replace('.', '');
  if (ext === 'mjs') return 'js';
  return ['html', 'js', 'wasm', 'css'].includes(ext) ? ext : 'other';
}

/**
 * Every file `dist/index.html` loads. Resolves to { files: [{ name, type, raw, gzip }],
 * byType: { html|js|wasm|css|other: { raw, gzip, files } }, total: { raw, gzip }, missing,
 * chunks }, where `chunks` (same fields as `files`) are the wasm chunks the chunk loader
 * fetches when a view is first shown, counted apart from the first load.
 */
export function firstLoad(distDir) {
  const dist = path.resolve(distDir);
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) throw new Error(`${indexFile} is missing: build first`);
  const seen = new Map();
  const missing = [];
  const chunkFiles = new Set();
  const queue = [indexFile];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      missing.push(path.relative(dist, file));
      seen.set(file, null);
      continue;
    }
    const buf = fs.readFileSync(file);
    seen.set(file, { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
    const ext = path.extname(file).toLowerCase();
    const text = ['.html', '.js', '.mjs', '.css'].includes(ext) ? buf.toString('utf8') : '';
    const refs = ext === '.html' ? htmlRefs(text) : ext === '.css' ? cssRefs(text) : ext === '.js' || ext === '.mjs' ? jsFileRefs(text, file) : [];
    for (const r of refs) {
      const { ref, optional, onDemand } = typeof r === 'string' ? { ref: r, optional: false } : r;
      const target = resolveRef(dist, ref, file);
      if (onDemand) {
        if (target) chunkFiles.add(target);
        continue;
      }
      if (!target || seen.has(target)) continue;
      if (optional && !fs.existsSync(target)) continue;
      queue.push(target);
    }
  }
  const files = [...seen]
    .filter(([, v]) => v)
    .map(([f, v]) => ({ name: path.relative(dist, f), type: fileType(f), ...v }));
  const byType = {};
  for (const f of files) {
    const t = (byType[f.type] ??= { raw: 0, gzip: 0, files: 0 });
    t.raw += f.raw;
    t.gzip += f.gzip;
    t.files += 1;
  }
  const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const chunks = [];
  for (const f of chunkFiles) {
    if (!fs.existsSync(f)) {
      missing.push(path.relative(dist, f));
      continue;
    }
    const buf = fs.readFileSync(f);
    chunks.push({ name: path.relative(dist, f), type: fileType(f), raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
  }
  return { files, byType, total, missing, chunks };
}

/** The Korean pack's file name: the dataset's Korean sentences (src/data/korean.rs). */
export const KOREAN_PACK = /^won-atlas-ko-[0-9a-f]{16}\.txt$/;

/**
 * The Korean pack in `distDir`, which the page fetches for a Korean reader only:
 * { name, raw, gzip }. Throws unless there is exactly one.
 */
export function koreanPack(distDir) {
  const dist = path.resolve(distDir);
  const names = fs.readdirSync(dist).filter((f) => KOREAN_PACK.test(f));
  if (names.length !== 1) throw new Error(`${dist} has ${names.length} Korean packs (won-atlas-ko-*.txt), expected one`);
  const buf = fs.readFileSync(path.join(dist, names[0]));
  return { name: names[0], raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}
