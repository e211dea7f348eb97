// Nothing but the page's own files, and no Content Security Policy violation, on every
// page state in CASES (e2e/lib/trust.mjs):
//   - every request the page makes goes to the server it came from (127.0.0.1 here);
//   - once the first load has finished (network idle, chart drawn), reading the page makes
//     no request but the view chunks (scripts/split-wasm.mjs), each once, the first time
//     its view is shown: hovering the chart, arrow keys, selecting and a second round of
//     every view make none;
//   - the built page carries the strict policy, and nothing the app does violates it.
// Console errors and failed requests fail every test of the suite (e2e/lib/browser.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { useApp } from './lib/app.mjs';
import { DIST } from './lib/paths.mjs';
import { firstLoad } from './lib/first-load.mjs';
import { CASES, CHART, isOwn, viewReady, withTrackedPage } from './lib/trust.mjs';

const app = useApp();

/** Hover across the chart, walk it by keyboard, select and clear, then visit every view
 * by its tab and come back: everything a reader does that could fetch something. */
async function interact(page) {
  const chart = page.locator(CHART).first();
  const box = (await chart.count()) ? await chart.boundingBox() : null;
  if (box) {
    for (let i = 1; i < 10; i++) {
      await page.mouse.move(box.x + (box.width * i) / 10, box.y + (box.height * ((i * 7) % 10)) / 10);
    }
    await page.mouse.move(0, 0);
  }
  if (box) await chart.focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'End', 'Home', 'Enter', 'Escape']) {
    await page.keyboard.press(key);
  }
  await everyView(page);
}

/** Visit every view by its tab and come back. */
async function everyView(page) {
  const tabs = page.locator('[role=tablist] [role=tab]');
  const n = await tabs.count();
  for (let i = 0; i < n; i++) {
    await tabs.nth((i + 1) % n).click();
    await viewReady(page);
  }
  await page.waitForTimeout(300);
}

/** The view chunks' addresses, which a first visit of a view may fetch. */
const chunkUrls = () => new Set(firstLoad(DIST).chunks.map((c) => new URL(c.name, app.url).href));

for (const [hash, label] of CASES) {
  test(`only its own origin, and no request after the first load (${label}, #${hash})`, async () => {
    await withTrackedPage(
      app,
      async ({ page, requests }) => {
        assert.ok(requests.length >= 3, `the page loaded its files: ${requests.map((r) => r.url).join(', ')}`);
        await interact(page);
        const foreign = requests.filter((r) => !isOwn(r.url, app.url)).map((r) => `${r.type} ${r.url}`);
        assert.deepEqual(foreign, [], 'requests to another origin');
        const chunks = chunkUrls();
        assert.ok(chunks.size >= 2, `the build has view chunks: ${[...chunks].join(', ')}`);
        const late = requests.filter((r) => r.afterLoad && !chunks.has(r.url)).map((r) => `${r.type} ${r.url}`);
        assert.deepEqual(late, [], 'requests after the first load had finished, other than view chunks');
        const fetched = requests.filter((r) => chunks.has(r.url)).map((r) => r.url);
        assert.deepEqual(fetched, [...new Set(fetched)], 'a view chunk was fetched twice');
        const before = requests.length;
        await everyView(page);
        assert.deepEqual(requests.slice(before).map((r) => `${r.type} ${r.url}`), [], 'requests on a second visit of every view');
      },
      { hash },
    );
  });
}

/** The policy in a built page's <meta>, as { directive: [sources] }. */
function cspOf(html) {
  const m = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/i.exec(html);
  assert.ok(m, 'a <meta http-equiv="Content-Security-Policy">');
  return Object.fromEntries(
    m[2].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]),
  );
}

test('every built page carries a strict Content Security Policy ahead of its scripts', () => {
  const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length >= 1, `HTML pages in ${DIST}`);
  for (const file of pages) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const csp = cspOf(html);
    // 'self', or stricter: 'none' (the single-file page carries everything inline).
    assert.ok(["'self'", "'none'"].includes(csp['default-src']?.join(' ')), `${file}: default-src ${csp['default-src']}`);
    const script = csp['script-src'] ?? csp['default-src'];
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      assert.ok(!script.includes(bad), `${file}: script-src allows ${bad}`);
    }
    assert.deepEqual(csp['object-src'], ["'none'"], `${file}: object-src`);
    assert.deepEqual(csp['base-uri'], ["'none'"], `${file}: base-uri`);
    // The policy must be in force before anything it governs is parsed.
    const at = html.search(/http-equiv=["']Content-Security-Policy/i);
    for (const tag of ['<script', '<link rel="stylesheet"', '<link rel="modulepreload"', '<style']) {
      const i = html.indexOf(tag);
      if (i >= 0) assert.ok(at < i, `${file}: the CSP <meta> comes before ${tag}`);
    }
    // Each inline script is allowed by its own hash, never by a blanket source.
    // (Data blocks such as type="application/json" never run and need no hash.)
    const runs = (attrs) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
      return ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
    };
    const inline = [...html.matchAll(/<script\b((?![^>]*\bsrc=)[^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter((m) => runs(m[1]))
      .map((m) => m[2]);
    // The app's pages start from an inline bootstrap; the Korean text page has no script.
    if (file === 'ko.html') assert.ok(!/<script\b/i.test(html), `${file}: no script`);
    else assert.ok(inline.length >= 1, `${file}: the page's inline bootstrap script`);
    for (const text of inline) {
      const hash = `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
      assert.ok(script.includes(hash), `${file}: an inline script (${text.trim().slice(0, 60)}…) is not named by its hash`);
    }
  }
});
