// Cuts the app's wasm into the module a first load needs and chunks fetched on demand,
// called by scripts/postbuild.mjs before anything else touches the glue.
//
// src/ui/lazy.rs marks the regions, timeline and economy views, and the briefing's faces,
// with `#[wasm_split]`. Trunk builds
// and binds the whole wasm as usual; this then starts again from the wasm cargo linked
// (`--emit-relocs`, set in .cargo/config.toml and scripts/build.sh, keeps the relocations
// the cut needs):
//
//   1. `wasm-split-cli` (wasm_split_cli_support, installed by scripts/setup.sh) moves what
//      only one split function reaches into that chunk's module, and what several share
//      into a shared chunk, and writes the loader module that fetches them; the shared
//      chunks are then merged into two files (`sharedGroups`, binaryen's `wasm-merge`);
//   2. `wasm-bindgen` binds the main module as Trunk did (`--keep-lld-exports`: the chunks
//      import the function table, which wasm-bindgen would otherwise drop);
//   3. release builds: `wasm-opt` shrinks every module (Trunk's own pass is off,
//      `data-wasm-opt="0"` in index.html, since it would see only the uncut module);
//   4. the files go into the staging folder under Trunk's hashed name: the glue and the
//      main module replace Trunk's, the loader becomes `<stem>-split.js` (preloaded by a
//      <link rel=modulepreload>, so it does not wait for the glue) and each chunk
//      `<stem>-<name>.wasm`; index.html's integrity attributes are written afresh.
//
// Any surprise throws, naming what is missing, rather than writing a page whose modules
// disagree.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readLeb, rustLinks, sri, minifyModule } from './minify-glue.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The wasm features the output of wasm-bindgen (the version Trunk.toml pins) uses. */
const WASM_FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types',
];
/** wasm-opt's flags for every release module: size first, and the features the output of
 * wasm-bindgen (the version Trunk.toml pins) uses. A function with one caller is inlined
 * only when it is tiny (30 in wasm-opt's measure of size): wasm-opt's default inlines every such function, which
 * leaves the module a little smaller but gzips worse (docs/performance.md). */
export const WASM_OPT_FLAGS = [
  '-Oz', '--converge', '--one-caller-inline-max-function-size=30',
  '--strip-producers', '--strip-target-features', '--low-memory-unused',
  ...WASM_FEATURES,
];

/** The loader module's name as wasm-split-cli writes it and the glue imports it. */
const LOADER = '__wasm_split.js';

/** The names of a wasm binary's custom sections. */
export function customSections(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm binary');
  const names = [];
  let p = 8;
  while (p < wasm.length) {
    const id = wasm[p++];
    let size;
    [size, p] = readLeb(wasm, p);
    const end = p + size;
    if (id === 0) {
      const [n, at] = readLeb(wasm, p);
      names.push(wasm.subarray(at, at + n).toString());
    }
    p = end;
  }
  return names;
}

function run(cmd, args) {
  try {
    execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (err) {
    const why = err.code === 'ENOENT' ? `${cmd} is not installed (scripts/setup.sh installs it)` : (err.stderr || err.message);
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed: ${why}`);
  }
}

/**
 * The loader with an early fetch for a link to a chunked view (`#view=regions`): the app
 * asks for a chunk only when it first renders the view, after the main module is in, so
 * the loader starts that view's chunk, and the chunks views share, while the main module
 * downloads, and the first load call takes that response. Each fetch stays a literal
 * `fetch(new URL("./file", import.meta.url))`, which scripts/single-file.mjs answers
 * from the file itself. The hash's last `view=` wins, as in `state::parse_hash`. A
 * chunk's `view` is its `#[wasm_split]` name (src/ui/lazy.rs), which is the view's slug;
 * a shared chunk has none, and `users`, the views that load it: a view fetches early only
 * the shared chunks it loads, since a response nothing reads is bytes for nothing and a
 * request that never settles. The briefing's chunk is fetched early for a link to a slide
 * (`#…&slide=3`) or a presenter window.
 */
export function withEarlyFetch(loader, chunks) {
  const fetchOf = (f) => `fetch(new URL(${JSON.stringify(`./${f}`)}, import.meta.url))`;
  const files = chunks.map((c) => c.file);
  const sharedBy = (view) => chunks.filter((c) => !c.view && c.users.includes(view)).map((c) => c.file);
  for (const f of files) {
    if (!loader.includes(fetchOf(f))) throw new Error(`${LOADER} does not fetch ${f} as \`${fetchOf(f)}\``);
    loader = loader.replaceAll(fetchOf(f), `(__early.get(${JSON.stringify(f)})?.() ?? ${fetchOf(f)})`);
  }
  // The exporter's chunk (src/ui/export.rs) and the embed builder's (src/ui/embed) wait
  // for a click, and the funding view's details (src/ui/details.rs) for its first chart:
  // no link fetches them early.
  const early = chunks
    .filter((c) => c.view && !['export', 'embed', 'details'].includes(c.view))
    .map(({ file: f, view }) => {
      const all = [f, ...sharedBy(view)].map((g) => `__early.set(${JSON.stringify(g)}, __once(${fetchOf(g)}));`).join(' ');
      // The briefing's chunk is no view's: a link to a slide or a presenter window asks for it.
      const when = view === 'briefing' ? '__slide' : `__view === ${JSON.stringify(view)}`;
      return `if (${when}) { ${all} }`;
    })
    .join('\n');
  return `// A link to a chunked view fetches its chunks now, beside the main module (scripts/split-wasm.mjs).
const __early = new Map();
const __once = (p) => { p.catch(() => {}); let used = false; return () => (used ? undefined : ((used = true), p)); };
const __view = [...location.hash.matchAll(/(?:^#|&)view=([a-z]+)/g)].pop()?.[1];
const __slide = /(?:^#|&)(?:slide|presenter)=/.test(location.hash);
${early}
${loader}`;
}

/**
 * The views that load each shared chunk, from the comment wasm-split-cli writes above the
 * chunk's loader (`/* economy, regions *\/ const __chunk_4 = ...`): chunk file → views.
 */
export function sharedChunkUsers(loader) {
  const users = new Map();
  for (const m of loader.matchAll(/\/\*\s*([\w, ]+?)\s*\*\/\s*const __chunk_(\d+)\b/g)) {
    users.set(`chunk_${m[2]}.wasm`, m[1].split(',').map((v) => v.trim()));
  }
  return users;
}

/**
 * The shared chunks in two groups, each to become one file: those the details chunk loads
 * (every page fetches it after its first chart, so these come to every reader) and the
 * rest (fetched with the views, the briefing, the exporter or the builder that need
 * them). wasm-split-cli writes one shared chunk per set of chunks that share code, most of
 * them under 1 KB: a link to the timeline fetched 16 files, and over HTTP/1.1, where a
 * browser opens six connections to a host, the rest waited (docs/performance.md).
 * `shared` is [{ file, users }]; returns the non-empty groups, each { name, chunks }.
 */
export function sharedGroups(shared) {
  return [
    { name: 'early', chunks: shared.filter((c) => c.users.includes('details')) },
    { name: 'views', chunks: shared.filter((c) => !c.users.includes('details')) },
  ].filter((g) => g.chunks.length > 0);
}

/**
 * Merges the shared chunk modules `froms` into the one module `to`. Each chunk imports
 * only the main module's memory, function table and stack pointer (module
 * `__wasm_split`), and wasm-merge would keep one import per chunk: so the chunks import
 * them from a stub module that imports them once and exports them, which wasm-merge links
 * to, and the stub's exports are dropped before `write(wat, to)` writes the result.
 */
function mergeChunks(froms, to, work, write) {
  const dir = path.join(work, 'merge', path.basename(to, '.wasm'));
  fs.mkdirSync(dir, { recursive: true });
  const IMPORT = /^( *)\(import "__wasm_split" /gm;
  let memory = 0;
  let table = 0;
  const inputs = froms.map((from, i) => {
    const wat = path.join(dir, `${i}.wat`);
    run('wasm-dis', [from, '-o', wat]);
    const text = fs.readFileSync(wat, 'utf8');
    memory = Math.max(memory, Number(/\(import "__wasm_split" "memory" \(memory \S+ (\d+)/.exec(text)?.[1] ?? 0));
    table = Math.max(table, Number(/\(import "__wasm_split" "__indirect_function_table" \(table \S+ (\d+) funcref/.exec(text)?.[1] ?? 0));
    const linked = text.replace(IMPORT, '$1(import "stub" ');
    const other = /^ *\(import "(?!stub")[^"]*"/m.exec(linked);
    if (other) throw new Error(`${path.basename(from)} imports from a module other than __wasm_split: ${other[0].trim()}`);
    fs.writeFileSync(wat, linked);
    return [wat, `chunk${i}`];
  });
  const stub = path.join(dir, 'stub.wat');
  fs.writeFileSync(stub, `(module
 (import "__wasm_split" "memory" (memory $m ${memory}))
 (import "__wasm_split" "__indirect_function_table" (table $t ${table} funcref))
 (import "__wasm_split" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`);
  const merged = path.join(dir, 'merged.wasm');
  run('wasm-merge', [stub, 'stub', ...inputs.flat(), '-o', merged, ...WASM_FEATURES]);
  const wat = path.join(dir, 'merged.wat');
  run('wasm-dis', [merged, '-o', wat]);
  const text = fs.readFileSync(wat, 'utf8');
  const exports = text.match(/^ \(export .*\)$/gm) ?? [];
  if (exports.length !== 3) throw new Error(`wasm-merge's module has ${exports.length} exports, expected the stub's 3: ${exports.join(' ')}`);
  fs.writeFileSync(wat, text.replace(/^ \(export .*\)\n/gm, ''));
  write(wat, to);
}

/**
 * The loader with each group's chunks loaded as one: the group's first chunk's loader
 * fetches the merged file `file`, the others' loaders go, and every list of what a loader
 * waits for names the group once. `groups` is [{ file, members: [chunk file names] }].
 */
export function withMergedChunks(loader, groups) {
  for (const { file, members } of groups) {
    const [head, ...others] = members.map((m) => {
      const n = /^chunk_(\d+)\.wasm$/.exec(m)?.[1];
      if (!n) throw new Error(`a shared chunk named ${m}, not chunk_<n>.wasm`);
      return n;
    });
    for (const n of others) {
      const def = new RegExp(`(?:/\\*[^*]*\\*/\\s*)?const __chunk_${n} = makeLoad\\(\\(\\) => \\{[^{}]*?"\\./chunk_${n}\\.wasm"[\\s\\S]*?\\n\\}\\s*, \\[\\]\\);\\n`, 'g');
      const found = loader.match(def)?.length ?? 0;
      if (found !== 1) throw new Error(`${LOADER} defines __chunk_${n} ${found} times in the form expected`);
      loader = loader.replace(def, '');
    }
    const ref = `"./chunk_${head}.wasm"`;
    if (!loader.includes(ref)) throw new Error(`${LOADER} does not fetch chunk_${head}.wasm`);
    loader = loader.replace(ref, `"./${file}"`);
    const names = new Set(members.map((m) => `__chunk_${m.match(/\d+/)[0]}`));
    loader = loader.replace(/, \[(__chunk_\d+(?:, __chunk_\d+)*)\]\)/g, (_, list) => {
      const deps = [...new Set(list.split(', ').map((d) => (names.has(d) ? `__chunk_${head}` : d)))];
      return `, [${deps.join(', ')}])`;
    });
    for (const n of others) {
      if (new RegExp(`\\b__chunk_${n}\\b`).test(loader)) throw new Error(`${LOADER} still names __chunk_${n} after its group was merged`);
    }
  }
  return loader;
}

/**
 * Splits the wasm of the build staged in `dir`. `profile` is Trunk's ("release" or
 * "debug"). Returns { main, loader, chunks: [{ file, view, bytes }] }.
 */
export async function splitWasm(dir, profile) {
  const indexFile = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexFile, 'utf8');
  const { jsLink, wasmLink, jsName, wasmName } = rustLinks(html);
  const stem = jsName.replace(/\.js$/, '');
  if (wasmName !== `${stem}_bg.wasm`) throw new Error(`index.html preloads ${wasmName}, expected ${stem}_bg.wasm beside ${jsName}`);

  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  const linked = path.join(targetDir, 'wasm32-unknown-unknown', profile === 'debug' ? 'debug' : 'release', 'won-atlas.wasm');
  if (!fs.existsSync(linked)) throw new Error(`${path.relative(ROOT, linked)} is missing: the wasm cargo linked for this build`);
  if (!customSections(fs.readFileSync(linked)).includes('reloc.CODE')) {
    throw new Error(`${path.relative(ROOT, linked)} has no relocations: it was linked without -Clink-arg=--emit-relocs (.cargo/config.toml, scripts/build.sh)`);
  }

  const work = path.join(targetDir, 'split-work', profile);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  run('wasm-split-cli', [linked, work, '--out-name', stem]);
  const bound = path.join(work, 'bound');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', stem, path.join(work, `${stem}.wasm`)]);

  const chunkFiles = fs.readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`).sort();
  if (chunkFiles.length === 0) throw new Error('wasm-split-cli wrote no chunk: no #[wasm_split] function reached the linked wasm');
  const opt = (from, to) => {
    if (profile === 'debug') fs.copyFileSync(from, to);
    else run('wasm-opt', [...WASM_OPT_FLAGS, from, '-o', to]);
  };

  // The loader: its chunk addresses and the glue it imports, under the staged names.
  let loader = fs.readFileSync(path.join(work, LOADER), 'utf8');
  const users = sharedChunkUsers(loader);
  // wasm-split-cli names a split point's chunk `split_<name>.wasm`, a shared one `chunk_<n>.wasm`.
  const shared = chunkFiles.filter((f) => !f.startsWith('split_')).map((f) => {
    if (!users.has(f)) throw new Error(`${LOADER} does not say which views load ${f} (a /* view, view */ comment above its loader)`);
    return { file: f, users: users.get(f) };
  });
  const groups = sharedGroups(shared).map(({ name, chunks: g }) => ({
    file: `shared-${name}.wasm`,
    members: g.map((c) => c.file),
    users: [...new Set(g.flatMap((c) => c.users))].sort(),
  }));
  loader = withMergedChunks(loader, groups);
  for (const g of groups) {
    mergeChunks(g.members.map((m) => path.join(work, m)), path.join(work, g.file), work, (from, to) => run('wasm-opt', [...WASM_FEATURES, from, '-o', to]));
  }
  const loaderName = `${stem}-split.js`;
  const chunks = [];
  for (const f of [...chunkFiles.filter((c) => c.startsWith('split_')), ...groups.map((g) => g.file)]) {
    const file = `${stem}-${f.replace(/^split_/, '')}`;
    const ref = `"./${f}"`;
    if (!loader.includes(ref)) throw new Error(`${LOADER} does not name ${f}`);
    loader = loader.replaceAll(ref, `"./${file}"`);
    opt(path.join(work, f), path.join(dir, file));
    const view = /^split_(\w+)\.wasm$/.exec(f)?.[1] ?? null;
    const group = groups.find((g) => g.file === f);
    chunks.push({ file, view, users: group ? group.users : [], bytes: fs.statSync(path.join(dir, file)).size });
  }
  if (!loader.includes(`from "./${stem}.js"`)) throw new Error(`${LOADER} does not import the glue ./${stem}.js`);
  loader = withEarlyFetch(loader, chunks);
  if (profile !== 'debug') loader = await minifyModule(loader, LOADER);
  fs.writeFileSync(path.join(dir, loaderName), loader);

  // The glue imports the loader by the name wasm-split-cli gave it; the wasm's imports
  // keep that module name (the keys of the glue's imports object).
  let glue = fs.readFileSync(path.join(bound, `${stem}.js`), 'utf8');
  const loaderImport = new RegExp(`(\\bfrom\\s*)(["'])\\./${LOADER.replace(/\./g, '\\.')}\\2`, 'g');
  if (!loaderImport.test(glue)) throw new Error(`the glue does not import ./${LOADER}: was the wasm split?`);
  glue = glue.replace(loaderImport, `$1"./${loaderName}"`);
  fs.writeFileSync(path.join(dir, jsName), glue);
  opt(path.join(bound, `${stem}_bg.wasm`), path.join(dir, wasmName));

  // index.html: fresh hashes for the two files, and the loader preloaded beside the glue.
  html = html.replace(jsLink.tag, jsLink.tag.replace(jsLink.attrs.integrity, sri(Buffer.from(glue))));
  html = html.replace(wasmLink.tag, wasmLink.tag.replace(wasmLink.attrs.integrity, sri(fs.readFileSync(path.join(dir, wasmName)))));
  html = html.replace(/<link\b[^>]*href=["']?\.\/[^"'\s>]*-split\.js["']?[^>]*>/g, '');
  const preload = `<link crossorigin href="./${loaderName}" integrity="${sri(Buffer.from(loader))}" rel="modulepreload">`;
  const glueLink = rustLinks(html).jsLink.tag;
  html = html.replace(glueLink, `${glueLink}${preload}`);
  fs.writeFileSync(indexFile, html);
  return { main: wasmName, loader: loaderName, chunks };
}
