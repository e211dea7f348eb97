// Trunk post-build hook (Trunk.toml [[hooks]] stage = "post_build"): finishes each built
// page before Trunk copies its staging folder to dist/.
//
//   0. Release builds: the wasm-bindgen glue minified and its imports given short names in
//      both the glue and the .wasm, with index.html's integrity attributes written afresh
//      (scripts/minify-glue.mjs).
//   1. Content Security Policy: a <meta http-equiv="Content-Security-Policy"> right after
//      <meta charset>, ahead of every script and stylesheet, naming the inline bootstrap
//      script Trunk wrote by its sha256 (scripts/csp/policy.mjs has the policy).
//   2. The Korean pack (the dataset's Korean sentences, src/data/korean.rs) written beside
//      the page as won-atlas-ko-<fingerprint>.txt (`seedcheck ko`), and its name written
//      into index.html's prefetch script in place of KO_PACK, before the page is hashed.
//   3. The error panel's strings (the interface's ErrorTitle, ErrorBody and ErrorReload in
//      both languages, `seedcheck panel`) written into index.html's panel script in place
//      of its placeholder.
//   4. <noscript>: its content becomes the headline and programme table generated from the
//      dataset (`cargo run -q -p seedcheck -- noscript seeds`), in English, with a link to
//      the same in Korean; the hand-written text in index.html is only a fallback for a
//      build without this hook.
//   5. The Korean text page, ko.html (`seedcheck noscript-ko seeds STYLESHEET`): the Korean
//      version of that content as a static page of its own, with no script, linking the
//      stylesheet index.html links, under the same policy. It keeps the Korean text out of
//      the first load every reader downloads.
//
// Before all of these, every build's wasm is cut into the module a first load needs and
// chunks fetched on demand (scripts/split-wasm.mjs).
//
// Run by Trunk with TRUNK_STAGING_DIR set; by hand: `node scripts/postbuild.mjs DIR`.
// Any failure exits non-zero, which fails the build.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cspMeta } from './csp/policy.mjs';
import { nativeEnv } from './native-env.mjs';
import { minifyGlue } from './minify-glue.mjs';
import { splitWasm } from './split-wasm.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(msg) {
  console.error(`postbuild: ${msg}`);
  process.exit(1);
}

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no folder: run from Trunk (TRUNK_STAGING_DIR) or pass one');

/** Runs `seedcheck ARGS…` (crates/seedcheck) and returns what it prints. */
function seedcheck(...args) {
  try {
    return execFileSync('cargo', ['run', '-q', '-p', 'seedcheck', '--', ...args], {
      env: nativeEnv(),
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    fail(`\`cargo run -q -p seedcheck -- ${args.join(' ')}\` failed:\n${err.stderr || err.message}`);
  }
}

/** Writes the Korean pack into `dir` and returns its file name. */
function koreanPack() {
  const name = seedcheck('ko', 'seeds', path.resolve(dir)).trim();
  if (!/^won-atlas-ko-[0-9a-f]{16}\.txt$/.test(name) || !fs.existsSync(path.join(dir, name))) {
    fail(`seedcheck ko wrote no pack (it printed ${JSON.stringify(name)})`);
  }
  return name;
}

/** Finish one page's HTML: the Korean pack's name, the error panel's strings, the
 * generated <noscript>, then the CSP <meta>. */
function finish(html, fragment, pack, panel) {
  // The prefetch script names the pack (index.html; minified, its quotes may be backticks),
  // or named an earlier build's; a page without it has nothing to name.
  if (/<script\b[^>]*\bid=["']?ko-prefetch\b/.test(html)) {
    const slot = /(['"`])(?:KO_PACK|won-atlas-ko-[0-9a-f]{16}\.txt)\1/;
    if (!slot.test(html)) throw new Error('the ko-prefetch script has no KO_PACK to fill in');
    html = html.replace(slot, (_, q) => `${q}${pack}${q}`);
  }
  // The error panel's script (index.html) takes its strings as a quoted placeholder, the
  // minifier's quotes or not; a page finished before has them already.
  const panelSlot = /(['"`])ERROR_PANEL_TEXT\1/g;
  if (panelSlot.test(html)) html = html.replace(panelSlot, () => panel);
  // Idempotent: a page finished before (a re-run, or `trunk serve` rebuilding over its
  // own output) gets its policy written afresh rather than a second one.
  html = html.replace(/[ \t]*<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>\n?/gi, '');
  // The generated <noscript> first: the CSP hashes scripts, and the fragment has none,
  // but the page must be final before it is hashed.
  const ns = /(<noscript\b[^>]*>)[\s\S]*?(<\/noscript>)/i;
  if (!ns.test(html)) throw new Error('the page has no <noscript> block');
  html = html.replace(ns, (_, open, close) => `${open}\n${fragment.trim()}\n${close}`);
  // `trunk serve` adds an autoreload script whose address Trunk fills in per request, so
  // no hash made here can match it and the policy would block it (a console error on
  // every dev page). Drop it: reload by hand, or serve with --no-autoreload.
  html = html.replace(/<script\b[^>]*>(?:(?!<\/script>)[\s\S])*\{\{__TRUNK_[\s\S]*?<\/script>\s*/gi, () => {
    console.log('postbuild: dropped Trunk\'s autoreload script (the CSP cannot name it by hash)');
    return '';
  });
  const meta = cspMeta(html);
  const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i;
  if (charset.test(html)) {
    html = html.replace(charset, (m) => `${m}\n  ${meta}`);
  } else {
    html = html.replace(/<head\b[^>]*>/i, (m) => `${m}\n  ${meta}`);
  }
  return html;
}

// Every build: the regions, timeline and economy views cut out into chunks (scripts/split-wasm.mjs).
try {
  const { main, loader, chunks } = await splitWasm(dir, process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release');
  console.log(`postbuild: ${main} split: ${loader} loads ${chunks.map((c) => `${c.file} (${c.bytes} B)`).join(', ')}`);
} catch (err) {
  fail(`splitting the wasm: ${err.message}`);
}

// Release builds: short import names and minified glue (scripts/minify-glue.mjs), before
// index.html is hashed, since it rewrites the files' integrity attributes.
if (process.env.TRUNK_PROFILE !== 'debug') {
  try {
    const { jsName, imports, exports } = await minifyGlue(dir);
    console.log(`postbuild: ${jsName}: ${imports} imports and ${exports} exports renamed, glue minified`);
  } catch (err) {
    fail(`minifying the glue: ${err.message}`);
  }
}

/** The Korean text page's file name (crates/seedcheck/src/noscript.rs, KOREAN_PAGE). */
const KOREAN_PAGE = 'ko.html';

/** The Korean text page: seedcheck's document, linking the stylesheet the finished
 * index.html links, with the site's CSP <meta> after its <meta charset>. */
function koreanPage(index) {
  const links = [...index.matchAll(/<link\b([^>]*)>/gi)].map((m) => m[1]);
  const hrefs = links
    .filter((a) => /(?:^|\s)rel\s*=\s*["']?stylesheet\b/i.test(a))
    .map((a) => /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(a))
    .map((m) => m && (m[1] ?? m[2] ?? m[3]));
  if (hrefs.length !== 1 || !hrefs[0]) throw new Error(`index.html links ${hrefs.length} stylesheets; the Korean page takes its one`);
  const html = seedcheck('noscript-ko', 'seeds', hrefs[0]);
  const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('seedcheck noscript-ko wrote no <meta charset>');
  if (/<script\b/i.test(html)) throw new Error('seedcheck noscript-ko wrote a <script>');
  return html.replace(charset, (m) => `${m}\n${cspMeta(html)}`);
}

// The pages to finish: every page Trunk wrote (index.html), not a Korean page left by an
// earlier run over the same folder.
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html') && f !== KOREAN_PAGE);
if (pages.length === 0) fail(`no .html files in ${dir}`);
const fragment = seedcheck('noscript', 'seeds');
const pack = koreanPack();
const panel = seedcheck('panel').trim();
for (const page of pages) {
  const file = path.join(dir, page);
  try {
    fs.writeFileSync(file, finish(fs.readFileSync(file, 'utf8'), fragment, pack, panel));
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }
  console.log(`postbuild: ${path.relative(ROOT, file) || file}: CSP and <noscript> written`);
}
{
  const file = path.join(dir, KOREAN_PAGE);
  try {
    fs.writeFileSync(file, koreanPage(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')));
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }
  console.log(`postbuild: ${path.relative(ROOT, file) || file}: the Korean text page written`);
}
