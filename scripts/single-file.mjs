// Trunk post-build hook (Trunk.toml [[hooks]] stage = "post_build"): writes won-atlas.html,
// the whole app in one self-contained file that opens by double-click, from a USB stick
// (file://), with no network. It is built from the finished index.html and holds:
//
//   - the stylesheet, as a <style> element;
//   - index.html's own inline scripts (the error panel), unchanged;
//   - the wasm-bindgen glue and Trunk's bootstrap, as one inline <script type="module">,
//     with the .wasm in it as base64, decoded to bytes and passed to the glue's init
//     (`init({ module_or_path: bytes })`), so nothing is fetched;
//   - the dataset JSON, as <script type="application/json" id="won-atlas-dataset">, for the
//     "Dataset (JSON)" export (the app downloads that element's text when it is present);
//   - the Korean pack (the dataset's Korean sentences, which the site fetches for a Korean
//     reader), as <script type="text/plain" id="won-atlas-ko">, which the app reads instead;
//   - in its <noscript>, the page without JavaScript in both languages (`seedcheck
//     noscript-inline`), with the link at its top leading down to the Korean section: the
//     site's Korean text page (ko.html) is a file beside index.html, which this file lacks;
//   - its own Content Security Policy <meta>: nothing may be fetched (default-src 'none'),
//     scripts only by the sha256 of this file's inline scripts, styles only by the sha256
//     of its <style> (plus style attributes), images only from data: and blob: URLs.
//
// index.html and what it loads are left untouched: won-atlas.html is an extra file that no
// page links to, so it costs a visit to the site nothing.
//
// Trunk spawns all post_build hooks at once (Trunk's guide on build hooks: "all hooks for that
// stage are spawned simultaneously"), so this script waits until scripts/postbuild.mjs has
// written the finished index.html (its CSP <meta> and generated <noscript>) before reading
// it. Waiting also keeps won-atlas.html out of the staging folder until postbuild.mjs has
// listed the pages it finishes. The dataset comes from seedcheck directly, as
// scripts/dataset-json.mjs makes it, rather than from that hook's file.
//
// Debug builds (`trunk serve`) skip it. Run by Trunk with TRUNK_STAGING_DIR set; by hand,
// on a finished build:
// `node scripts/single-file.mjs DIR`. Any failure exits non-zero, which fails the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nativeEnv } from './native-env.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The file this script writes, beside index.html. */
const SINGLE_FILE = 'won-atlas.html';
/** The id of the element that carries the dataset JSON (the app's JSON export reads it). */
const DATASET_ID = 'won-atlas-dataset';
/** The id of the element that carries the Korean pack (src/ui/korean.rs reads it). */
const KO_ID = 'won-atlas-ko';
/** How long to wait for scripts/postbuild.mjs to finish index.html. */
const WAIT_MS = 10 * 60 * 1000;

function fail(msg) {
  console.error(`single-file: ${msg}`);
  process.exit(1);
}

const byHand = process.argv[2];
const dir = byHand || process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no folder: run from Trunk (TRUNK_STAGING_DIR) or pass one');
const indexFile = path.join(dir, 'index.html');
// `trunk serve` (scripts/serve.sh) makes debug builds, whose wasm is tens of megabytes:
// the single file is for release builds, which is what `trunk build --release` makes.
if (!byHand && process.env.TRUNK_PROFILE === 'debug') {
  console.log(`single file: not written for a debug build (trunk build --release writes ${SINGLE_FILE})`);
  process.exit(0);
}

/** Whether `html` is index.html as scripts/postbuild.mjs leaves it: its CSP <meta> written
 * and the whole file there (postbuild writes it in one go, after listing the pages). */
const finished = (html) =>
  /http-equiv=["']?Content-Security-Policy/i.test(html) && /<\/html>\s*$/i.test(html);

/** index.html once postbuild.mjs has finished it. By hand, the build is already finished. */
async function finishedIndex() {
  const read = () => {
    try {
      return fs.readFileSync(indexFile, 'utf8');
    } catch {
      return '';
    }
  };
  if (byHand) {
    const html = read();
    if (!html) fail(`${indexFile} is missing`);
    return html;
  }
  const parent = process.ppid;
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const html = read();
    if (finished(html)) return html;
    if (Date.now() > end) {
      fail(`waited ${WAIT_MS / 1000} s for scripts/postbuild.mjs to finish ${indexFile} (its CSP <meta>); is that hook in Trunk.toml?`);
    }
    try {
      process.kill(parent, 0); // Trunk is still there (it stops waiting if another hook fails)
    } catch {
      fail('Trunk exited before index.html was finished');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Value of attribute `name` in one tag's attribute text, or undefined. */
function attr(tag, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A file the page names by a relative URL ("./x.css"), inside `dir`. */
function local(ref) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) throw new Error(`${ref} is not a file of the build`);
  const file = path.join(dir, decodeURIComponent(ref.replace(/[?#].*$/, '')).replace(/^\/+/, ''));
  if (!fs.existsSync(file)) throw new Error(`${ref} is not in ${dir}`);
  return file;
}

/** CSP source for an inline element's exact text: 'sha256-<base64>'. */
const hashSource = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text that must not appear inside an inline <script> or <style>: it would end the element
 * early or switch the HTML parser into its "escaped" script state. */
function checkInline(text, what, closer) {
  const bad = new RegExp(`</${closer}|<!--|<script`, 'i').exec(text);
  if (bad) throw new Error(`${what} contains "${bad[0]}", which cannot be inlined as it is`);
}

/** The glue's exports as `{ exported: local }`, from `export { a, b as default }` and
 * `export function|class|const|let|var name`. */
function glueExports(glue) {
  const out = {};
  // At the start of a line as wasm-bindgen writes them, or after a `;` or `}` in the
  // minified glue of a release build (scripts/minify-glue.mjs).
  for (const [, list] of glue.matchAll(/(?:^|[;}])\s*export\s*\{([^}]*)\}/gm)) {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, exported = local] = item.split(/\s+as\s+/);
      out[exported] = local;
    }
  }
  for (const [, name] of glue.matchAll(/(?:^|[;}])\s*export\s+(?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+)/gm)) {
    out[name] = name;
  }
  return out;
}

/**
 * The chunk loader (scripts/split-wasm.mjs) as an expression for the inline module: its
 * exports as an object, its `initSync` import bound to the glue's (through a hoisted
 * function, since the loader runs first), and each chunk's fetch answered from base64 in
 * the file. Returns `{ code, names }`: the expression and the loader files it read.
 */
function inlineLoader(loaderFile) {
  let code = fs.readFileSync(local(loaderFile), 'utf8');
  checkInline(code, `the chunk loader ${loaderFile}`, 'script');
  const imp = /import\s*\{\s*initSync(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*(['"])[^'"]+\2\s*;?/.exec(code);
  if (!imp) throw new Error(`${loaderFile} does not import initSync from the glue`);
  code = code.replace(imp[0], `const ${imp[1] || 'initSync'} = (...a) => __wonAtlasInitSync(...a);`);
  const exported = glueExports(code);
  if (Object.keys(exported).length === 0) throw new Error(`${loaderFile} exports nothing`);
  code = code
    .replace(/(^|[;}])\s*export\s*\{[^}]*\};?/gm, '$1')
    .replace(/(^|[;}])(\s*)export\s+(?=(?:async\s+)?(?:function|class|const|let|var)\b)/gm, '$1$2');
  const chunks = {};
  code = code.replace(/fetch\(\s*new\s+URL\(\s*(['"])\.\/([^'"]+\.wasm)\1\s*,\s*import\.meta\.url\s*\)\s*\)/g, (_, q, file) => {
    chunks[file] = fs.readFileSync(local(file)).toString('base64');
    return `__wonAtlasChunk(${JSON.stringify(file)})`;
  });
  if (Object.keys(chunks).length === 0) throw new Error(`${loaderFile} fetches no chunk`);
  if (/import\.meta|\bfetch\(/.test(code)) throw new Error(`${loaderFile} still fetches or uses import.meta`);
  const object = Object.entries(exported).map(([name, l]) => `${JSON.stringify(name)}: ${l}`).join(', ');
  return `(() => {
const __wonAtlasChunks = ${JSON.stringify(chunks)};
const __wonAtlasChunk = (file) => {
  const text = atob(__wonAtlasChunks[file]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));
};
${code.trim()}
return { ${object} };
})()`;
}

/** The one inline module: the glue, then Trunk's bootstrap made to use the inline wasm. */
function appModule(bootstrap, glue, wasm) {
  // The chunk loader the glue imports (scripts/split-wasm.mjs), inline before it.
  let loader = '';
  const loaderImport = /import\s*\*\s*as\s*([\w$]+)\s*from\s*(['"])\.\/([^'"]+-split\.js)\2\s*;?/g;
  const loaderFiles = new Set([...glue.matchAll(loaderImport)].map((m) => m[3]));
  if (loaderFiles.size > 1) throw new Error(`the glue imports ${loaderFiles.size} chunk loaders`);
  if (loaderFiles.size === 1) {
    const initLocal = glueExports(glue).initSync;
    if (!initLocal) throw new Error('the glue exports no initSync for the chunk loader');
    loader = `const __wonAtlasSplit = ${inlineLoader([...loaderFiles][0])};\nfunction __wonAtlasInitSync(...a) { return ${initLocal}(...a); }\n`;
    glue = glue.replace(loaderImport, (_, name) => `const ${name} = __wonAtlasSplit;`);
  }
  if (/^\s*import\b|(?:^|[;}])\s*import\s*[*{]/m.test(glue)) throw new Error('the wasm-bindgen glue imports other modules (snippets?); inline them first');
  checkInline(glue, 'the wasm-bindgen glue', 'script');
  // The glue's fallback for init() without a path, `new URL('x_bg.wasm', import.meta.url)`,
  // would ask for a file beside the page; init always gets bytes here, so make it an error.
  glue = glue.replace(
    /new\s+URL\(\s*(['"])[^'"]*\.wasm\1\s*,\s*import\.meta\.url\s*\)/g,
    "(() => { throw new Error('won-atlas.html carries its wasm inline'); })()",
  );
  if (/import\.meta/.test(glue)) throw new Error('the glue still uses import.meta, which would resolve against the page');

  // Trunk's bootstrap: `import init, * as bindings from './x.js';` then
  // `await init({ module_or_path: './x_bg.wasm' })`, the startup event and so on.
  const imp = /^\s*import\s+([\w$]+)\s*,\s*\*\s*as\s+([\w$]+)\s+from\s+(['"])[^'"]+\3\s*;?[ \t]*$/m.exec(bootstrap);
  if (!imp) throw new Error("cannot find `import init, * as bindings from '…'` in Trunk's bootstrap script");
  const [, initName, bindingsName] = imp;
  const wasmRef = /(module_or_path\s*:\s*)(['"])[^'"]+\.wasm\2/;
  if (!wasmRef.test(bootstrap)) throw new Error("cannot find `module_or_path: '….wasm'` in Trunk's bootstrap script");
  const exports = glueExports(glue);
  if (!exports.default) throw new Error('the glue has no default export (its init function)');
  const body = bootstrap.replace(imp[0], '').replace(wasmRef, '$1__wonAtlasWasm').trim();
  const bindings = Object.entries(exports)
    .map(([name, localName]) => `${JSON.stringify(name)}: ${localName}`)
    .join(', ');
  // A block, so the bootstrap's names (`wasm`, `init`) do not clash with the glue's.
  return `\n${loader}${glue.trim()}\n
// Trunk's bootstrap, with the .wasm inline (base64) instead of fetched.
{
const ${initName} = ${exports.default};
const ${bindingsName} = Object.freeze({ ${bindings} });
const __wonAtlasWasm = (() => {
  const text = atob("${wasm.toString('base64')}");
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
})();
${body}
}
`;
}

/** The dataset as JSON, exactly as scripts/dataset-json.mjs writes won-atlas-dataset.json. */
function datasetJson() {
  let json;
  try {
    json = execFileSync('cargo', ['run', '-q', '-p', 'seedcheck', '--', 'json', 'seeds'], {
      env: nativeEnv(),
      cwd: process.env.TRUNK_SOURCE_DIR || ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    throw new Error(`\`cargo run -q -p seedcheck -- json seeds\` failed:\n${err.stderr || err.message}`);
  }
  JSON.parse(json);
  // JSON inside <script> must not close it: "<\/" and "\u003c" are the same JSON.
  return json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\u003c!--');
}

/** The <noscript> content with both languages inline (`seedcheck noscript-inline`). */
function noscriptInline() {
  try {
    return execFileSync('cargo', ['run', '-q', '-p', 'seedcheck', '--', 'noscript-inline', 'seeds'], {
      env: nativeEnv(),
      cwd: process.env.TRUNK_SOURCE_DIR || ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    throw new Error(`\`cargo run -q -p seedcheck -- noscript-inline seeds\` failed:\n${err.stderr || err.message}`);
  }
}

/** The Korean pack, as `seedcheck ko` writes it for the site, checked to sit in a raw
 * text element unchanged (its text is compared with a fingerprint, so it cannot be escaped). */
function koreanPack() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'won-atlas-ko-'));
  try {
    const name = execFileSync('cargo', ['run', '-q', '-p', 'seedcheck', '--', 'ko', 'seeds', tmp], {
      env: nativeEnv(),
      cwd: process.env.TRUNK_SOURCE_DIR || ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    const text = fs.readFileSync(path.join(tmp, name), 'utf8');
    if (/<\/script|<!--/i.test(text)) throw new Error('the Korean pack contains "</script" or "<!--"');
    return text;
  } catch (err) {
    throw new Error(`\`cargo run -q -p seedcheck -- ko seeds\` failed:\n${err.stderr || err.message}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** won-atlas.html from the finished index.html. */
function singleFile(html) {
  // 1. The stylesheet, inline.
  let css = null;
  html = html.replace(/[ \t]*<link\b([^>]*)>[ \t]*\n?/gi, (tag, attrs) => {
    const rel = (attr(attrs, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(attrs, 'href') ?? '';
    if (rel.includes('stylesheet')) {
      if (css !== null) throw new Error('more than one stylesheet');
      css = fs.readFileSync(local(href), 'utf8');
      return '  <!--STYLE-->\n';
    }
    // Trunk's modulepreload/preload of the glue and the wasm: both are inline now.
    if (rel.includes('modulepreload') || rel.includes('preload')) return '';
    if (href.startsWith('data:') || !href) return tag;
    throw new Error(`a <link rel="${rel.join(' ')}"> to ${href} would be fetched`);
  });
  if (css === null) throw new Error('no stylesheet');
  if (/url\(\s*['"]?(?!data:)|@import/i.test(css)) throw new Error('the stylesheet loads other files (url() or @import)');
  checkInline(css, 'the stylesheet', 'style');
  const style = `\n${css.trim()}\n`;

  // 2. Trunk's bootstrap module becomes the whole app. Other inline scripts (index.html's
  // error panel) stay as they are, named by their hash in this file's policy.
  let module = null;
  const classic = [];
  html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (tag, attrs, body) => {
    if (attr(attrs, 'src')) throw new Error(`a <script src="${attr(attrs, 'src')}"> would be fetched`);
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    // The site's prefetch of the Korean pack: this file carries the pack inline instead.
    if (attr(attrs, 'id') === 'ko-prefetch') return '';
    if (['', 'text/javascript', 'application/javascript'].includes(type)) {
      classic.push(body);
      return tag;
    }
    if (type !== 'module') throw new Error(`an inline script of type ${type} that is not Trunk's bootstrap module`);
    if (module !== null) throw new Error('more than one module script');
    const ref = /\bfrom\s+(['"])([^'"]+\.js)\1/.exec(body);
    const wasmRef = /module_or_path\s*:\s*(['"])([^'"]+\.wasm)\1/.exec(body);
    if (!ref || !wasmRef) throw new Error("cannot read the glue and wasm names in Trunk's bootstrap script");
    const glue = fs.readFileSync(local(ref[2]), 'utf8');
    const wasm = fs.readFileSync(local(wasmRef[2]));
    module = appModule(body, glue, wasm);
    return '<!--MODULE-->';
  });
  if (module === null) throw new Error("no Trunk bootstrap <script type=\"module\">");

  // 3. The page without JavaScript in both languages: the site's <noscript> links to the
  // Korean text page beside index.html, which this file does not have.
  const ns = /(<noscript\b[^>]*>)[\s\S]*?(<\/noscript>)/i;
  if (!ns.test(html)) throw new Error('index.html has no <noscript> block');
  const inline = noscriptInline();
  if (/<script\b/i.test(inline)) throw new Error('seedcheck noscript-inline wrote a <script>');
  html = html.replace(ns, (_, open, close) => `${open}\n${inline.trim()}\n${close}`);

  // 4. The dataset, for the JSON export, as a data block the browser never runs.
  const data =
    `<script type="application/json" id="${DATASET_ID}">${datasetJson()}</script>\n` +
    `<script type="text/plain" id="${KO_ID}">${koreanPack()}</script>`;
  if (!/<\/body>/i.test(html)) throw new Error('no </body>');
  html = html.replace(/<\/body>/i, () => `${data}\n</body>`);

  // 5. This file's own policy in place of the one for the site.
  const policy = [
    ["default-src", "'none'"],
    ['script-src', ...new Set([...classic, module].map(hashSource)), "'wasm-unsafe-eval'"],
    ['style-src', hashSource(style)],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', 'data:', 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ]
    .map((d) => d.join(' '))
    .join('; ');
  const csp = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
  if (!csp.test(html)) throw new Error('index.html has no CSP <meta> to replace');
  html = html.replace(csp, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);

  html = html
    .replace('<!--STYLE-->', () => `<style>${style}</style>`)
    .replace('<!--MODULE-->', () => `<script type="module">${module}</script>`);

  // 6. Nothing left that loads a file.
  const stray = [
    ...html.matchAll(/<(?:script|img|iframe|source|video|audio|embed|object)\b[^>]*\bsrc\s*=\s*["']?(?!data:)[^"'\s>]+/gi),
    ...html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?(?!data:)[^"'\s>]+/gi),
  ];
  if (stray.length) throw new Error(`the file still loads: ${stray.map((m) => m[0]).join(', ')}`);
  return html;
}

try {
  const html = singleFile(await finishedIndex());
  const out = path.join(dir, SINGLE_FILE);
  // Write then rename: never half a file in the folder Trunk copies to dist/.
  const tmp = path.join(dir, `.${SINGLE_FILE}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, html);
  fs.renameSync(tmp, out);
  const raw = Buffer.byteLength(html);
  const gz = zlib.gzipSync(html, { level: 9 }).length;
  // Name where it ends up: Trunk copies its staging folder to the dist folder.
  const shown = byHand ? out : path.join(process.env.TRUNK_DIST_DIR || dir, SINGLE_FILE);
  console.log(`single file: ${path.relative(process.cwd(), shown) || shown} ${raw} bytes (${gz} gzip)`);
} catch (err) {
  fail(err.message);
}
