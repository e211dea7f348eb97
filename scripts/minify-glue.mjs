// Shrinks the wasm-bindgen glue of a release build, called by scripts/postbuild.mjs before it
// hashes the page:
//
//   1. Import names: wasm-bindgen names each import the wasm takes from its glue after the
//      JS function and a hash (`__wbg_getBoundingClientRect_329ca748ec918b0c`), and both the
//      .wasm (its import section) and the .js (the imports object) spell every name out,
//      and the hashes compress badly. Each import of the glue's module gets a short name
//      (`a`, `b`, …, `ba`, …) in both files instead; so do the exports only the glue uses.
//   2. The glue itself is minified with terser (compress and mangle; its exports keep their
//      names, which index.html's bootstrap and the tests import).
//   3. index.html's `integrity` attributes for the two files are written afresh.
//
// Trunk's own minifier leaves the glue as wasm-bindgen wrote it, so this does it. Any
// surprise (an import section it cannot read, a name that is not exactly one key of the
// imports object) throws rather than writing a page whose wasm and glue disagree.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { minify } from 'terser';

/** The n-th short name: a…z, A…Z, then two letters and more. */
export function shortName(n) {
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = abc[n % abc.length] + s;
    n = Math.floor(n / abc.length) - 1;
  } while (n >= 0);
  return s;
}

/** An unsigned LEB128 number at `p` in `b`: `[value, the position after it]`. */
export function readLeb(b, p) {
  let r = 0;
  let sh = 0;
  let x;
  do {
    x = b[p++];
    r += (x & 0x7f) * 2 ** sh;
    sh += 7;
  } while (x & 0x80);
  return [r, p];
}

function leb(n) {
  const out = [];
  do {
    let x = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) x |= 0x80;
    out.push(x);
  } while (n);
  return Buffer.from(out);
}

function readName(b, p) {
  const [len, q] = readLeb(b, p);
  return [b.subarray(q, q + len).toString('utf8'), q + len];
}

const nameBytes = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s, 'utf8')]);

/** Skips an import's description (what is imported and its type), returning its end. */
function skipImportDesc(b, p) {
  const kind = b[p++];
  const limits = (q) => {
    const flags = b[q++];
    if (flags > 7) throw new Error(`import section: limits flags ${flags} not understood`);
    [, q] = readLeb(b, q);
    if (flags & 1) [, q] = readLeb(b, q);
    return q;
  };
  switch (kind) {
    case 0: // function: type index
    case 4: // tag: attribute byte, type index
      if (kind === 4) p++;
      return readLeb(b, p)[1];
    case 1: // table: reference type, limits
      if (b[p] !== 0x70 && b[p] !== 0x6f) throw new Error(`import section: table type ${b[p]} not understood`);
      return limits(p + 1);
    case 2: // memory: limits
      return limits(p);
    case 3: // global: value type, mutability
      if (b[p] === 0x63 || b[p] === 0x64) throw new Error('import section: typed reference globals not understood');
      return p + 2;
    default:
      throw new Error(`import section: import kind ${kind} not understood`);
  }
}

/**
 * Renames the imports from `module` in a wasm binary, and the exports for which
 * `renameExport(name)` is true. Returns the new binary and the maps from old to new names.
 */
export function renameImports(wasm, module, renameExport = () => false) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm binary');
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  const exported = new Map();
  let p = 8;
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    let size;
    [size, p] = readLeb(wasm, p);
    const end = p + size;
    if (id !== 2 && id !== 7) {
      parts.push(wasm.subarray(start, end));
      p = end;
      continue;
    }
    let count;
    [count, p] = readLeb(wasm, p);
    const body = [leb(count)];
    for (let i = 0; i < count; i++) {
      if (id === 7) {
        // An export: its name, then its kind and index.
        let name;
        [name, p] = readName(wasm, p);
        const descEnd = readLeb(wasm, p + 1)[1];
        if (renameExport(name)) {
          if (exported.has(name)) throw new Error(`export ${name} appears twice`);
          exported.set(name, `_${shortName(exported.size)}`);
          name = exported.get(name);
        }
        body.push(nameBytes(name), wasm.subarray(p, descEnd));
        p = descEnd;
        continue;
      }
      let mod;
      let field;
      [mod, p] = readName(wasm, p);
      [field, p] = readName(wasm, p);
      const descEnd = skipImportDesc(wasm, p);
      let name = field;
      // Only wasm-bindgen's own names (`__wbg_…`, `__wbindgen_…`): a glue renamed before
      // (postbuild.mjs run again on its own output) is left as it is.
      if (mod === module && field.startsWith('__wb')) {
        if (renamed.has(field)) throw new Error(`import ${field} appears twice`);
        name = shortName(renamed.size);
        renamed.set(field, name);
      }
      body.push(nameBytes(mod), nameBytes(name), wasm.subarray(p, descEnd));
      p = descEnd;
    }
    if (p !== end) throw new Error(`section ${id}: length does not match its content`);
    const section = Buffer.concat(body);
    parts.push(Buffer.from([id]), leb(section.length), section);
  }
  return { wasm: Buffer.concat(parts), renamed, exported };
}

/** Matches `name` as a whole JS identifier. */
const token = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/**
 * The exports to rename: wasm-bindgen's own (`__wbindgen_…`, `__externref_…`, and the
 * closure shims `wasm_bindgen_…`, which the glue also names its wrapper functions after),
 * never those the page or the tests call (`main`, `won_atlas_selftest_panic`) or `memory`.
 */
export function glueOnlyExport(js) {
  return (name) => /^(__wbindgen_|__externref_|wasm_bindgen_)/.test(name) && token(name).test(js);
}

/**
 * Renames the glue's uses of renamed exports, as whole identifiers: `wasm.OLD` and the
 * wrapper functions named OLD. The new names (`_a`, `_b`, …) must not be in the glue yet.
 */
export function renameGlueExports(js, exported) {
  let out = js;
  for (const [from, to] of exported) {
    if (token(to).test(js)) throw new Error(`glue: ${to} is already a name in the glue`);
    out = out.replace(token(from), to);
    if (token(from).test(out)) throw new Error(`glue: export ${from} is still named after renaming`);
  }
  return out;
}

/** Renames the keys of the glue's imports object; each old name must occur exactly once. */
export function renameGlueKeys(js, renamed) {
  let out = js;
  for (const [from, to] of renamed) {
    const re = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?=\\s*:)`, 'g');
    const hits = out.match(re)?.length ?? 0;
    const all = out.split(from).length - 1;
    if (hits !== 1 || all !== 1) throw new Error(`glue: import ${from} is ${all} names and ${hits} keys, expected one key`);
    out = out.replace(re, to);
  }
  return out;
}

/** A Subresource Integrity value (sha384) for `buf`, as index.html's `integrity` attributes hold. */
export const sri = (buf) => `sha384-${crypto.createHash('sha384').update(buf).digest('base64')}`;

/** `code`, an ES module, minified by terser (compress and mangle; exports keep their names). */
export async function minifyModule(code, name) {
  const min = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
  if (!min.code) throw new Error(`terser returned nothing for ${name}`);
  return min.code;
}

/**
 * Trunk's <link>s for the glue and the wasm in a page, quoted or (minified) not,
 * attributes in any order, and the files they name: `{ jsLink, wasmLink, jsName,
 * wasmName }`, each link `{ tag, attrs }`. The chunk loader's modulepreload (`…-split.js`,
 * scripts/split-wasm.mjs) is not the glue's.
 */
export function rustLinks(html) {
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => {
    const attrs = {};
    for (const a of m[0].matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1]] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    }
    return { tag: m[0], attrs };
  });
  const link = (rel, ext) => {
    const l = links.find((x) => x.attrs.rel === rel && x.attrs.href?.endsWith(ext) && !x.attrs.href.endsWith('-split.js'));
    if (!l || !l.attrs.integrity) throw new Error(`index.html has no <link rel=${rel}> with integrity for a ${ext}`);
    return l;
  };
  const jsLink = link('modulepreload', '.js');
  const wasmLink = link('preload', '.wasm');
  const file = (l) => l.attrs.href.replace(/^\.?\//, '');
  return { jsLink, wasmLink, jsName: file(jsLink), wasmName: file(wasmLink) };
}

/** Finds the glue and wasm that index.html preloads and rewrites them and their hashes. */
export async function minifyGlue(dir) {
  const indexFile = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexFile, 'utf8');
  const { jsLink, wasmLink, jsName, wasmName } = rustLinks(html);
  const jsFile = path.join(dir, jsName);
  const wasmFile = path.join(dir, wasmName);
  let js = fs.readFileSync(jsFile, 'utf8');
  // The module the wasm imports its glue from: `"./won-atlas_bg.js": import0` in the glue.
  const mod = /["'](\.\/[^"']+_bg\.js)["']\s*:/.exec(js)?.[1];
  if (!mod) throw new Error(`${jsName}: no imports object for a ./*_bg.js module`);
  const { wasm, renamed, exported } = renameImports(fs.readFileSync(wasmFile), mod, glueOnlyExport(js));
  if (renamed.size === 0) return { jsName, wasmName, imports: 0, exports: 0 }; // done before
  js = renameGlueExports(renameGlueKeys(js, renamed), exported);
  const code = await minifyModule(js, jsName);
  fs.writeFileSync(jsFile, code);
  fs.writeFileSync(wasmFile, wasm);
  for (const [l, buf] of [[jsLink, Buffer.from(code)], [wasmLink, wasm]]) {
    html = html.replace(l.tag, l.tag.replace(l.attrs.integrity, sri(buf)));
  }
  fs.writeFileSync(indexFile, html);
  return { jsName, wasmName, imports: renamed.size, exports: exported.size };
}
