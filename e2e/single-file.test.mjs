// The one file that opens anywhere: dist/won-atlas.html (scripts/single-file.mjs), copied
// alone into an empty folder, as on a USB stick, and opened over file:// with the browser
// offline. Every view must draw, switching views and every export must work, and the page
// must ask for nothing but itself (data: and blob: URLs are not requests to anywhere),
// with no console error and no Content Security Policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { launchBrowser, openPage, eventually } from './lib/browser.mjs';
import { dataset } from './lib/dataset.mjs';
import { DIST } from './lib/paths.mjs';
import { screenshot } from './lib/screenshot.mjs';

const SOURCE = path.join(DIST, 'won-atlas.html');
/** The element that carries the dataset for the JSON export (scripts/single-file.mjs). */
const DATASET_ID = 'won-atlas-dataset';
/** Each view opened directly; the test then visits every tab from it. */
const VIEWS = ['funding', 'regions', 'timeline', 'economy'];

/** Records `securitypolicyviolation` events from before the page's own scripts run (init
 * scripts are not subject to the page's policy). */
const CSP_RECORDER = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push((e.effectiveDirective || e.violatedDirective) + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
  });
})();`;

let browser;
let stick; // the folder that holds nothing but the single file
let fileUrl;
before(async () => {
  try {
    await fs.access(SOURCE);
  } catch {
    throw new Error(`${SOURCE} is missing: the build writes it (Trunk.toml post_build hook scripts/single-file.mjs)`);
  }
  stick = await fs.mkdtemp(path.join(os.tmpdir(), 'won-atlas-stick-'));
  await fs.copyFile(SOURCE, path.join(stick, 'won-atlas.html'));
  fileUrl = pathToFileURL(path.join(stick, 'won-atlas.html')).href;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  if (stick) await fs.rm(stick, { recursive: true, force: true });
});

/** Resolves once the chart of the view on screen is visible, has a size and has pixels. */
async function drawn(page) {
  await page.waitForFunction(
    () => {
      const c = [...document.querySelectorAll('canvas.chart')].find((el) => el.getClientRects().length > 0);
      if (!c || c.width === 0 || c.height === 0) return false;
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      for (let i = 3; i < data.length; i += 4 * 7) if (data[i] !== 0) return true;
      return false;
    },
    null,
    { timeout: 15_000, polling: 100 },
  );
}

/**
 * Run `fn({ page, context, requests })` on the single file at `hash`, offline, watched from its
 * first byte; then fail on any request other than the file itself, any CSP violation,
 * console error or failed request.
 */
async function withOfflinePage(fn, { hash, viewport } = {}) {
  const p = await openPage(browser, { viewport });
  const requests = [];
  try {
    await p.context.setOffline(true);
    // Anything that tries the network anyway is stopped (and shows as a failed request).
    await p.context.route(/^(?!file:|data:|blob:)/, (route) => route.abort('internetdisconnected'));
    p.context.on('request', (req) => requests.push(req.url())); // every page, popups too
    // Pages the app opens (the presenter's window) are watched like the first one.
    p.context.on('page', (other) => {
      other.on('console', (msg) => msg.type() === 'error' && p.problems.push(`console error in ${other.url()}: ${msg.text()}`));
      other.on('pageerror', (err) => p.problems.push(`uncaught exception in ${other.url()}: ${err.message}`));
    });
    await p.context.addInitScript({ content: CSP_RECORDER });
    await p.page.goto(`${fileUrl}#${hash}`, { waitUntil: 'load' });
    await p.page.locator('[role=tablist] [role=tab]').first().waitFor({ state: 'visible' });
    await drawn(p.page);
    await fn({ page: p.page, context: p.context, requests });
    const others = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && u.split('#')[0] !== fileUrl);
    assert.deepEqual(others, [], 'requests other than the file itself');
    assert.deepEqual(await p.page.evaluate(() => window.__cspViolations), [], 'Content Security Policy violations');
    p.assertNoProblems();
  } finally {
    await p.close();
  }
}

test('the build wrote one self-contained file that names nothing to fetch', async () => {
  const html = await fs.readFile(SOURCE, 'utf8');
  const gz = zlib.gzipSync(html, { level: 9 }).length;
  console.log(`single file: ${path.relative(process.cwd(), SOURCE)} ${Buffer.byteLength(html)} bytes (${gz} gzip)`);
  for (const m of html.matchAll(/<(?:script|img|iframe|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
    assert.match(m[1], /^data:/, `the file loads ${m[1]}`);
  }
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(csp, 'a Content Security Policy <meta>');
  const policy = Object.fromEntries(csp.split(/\s*;\s*/).map((d) => { const [k, ...v] = d.split(/\s+/); return [k, v]; }));
  assert.deepEqual(policy['default-src'], ["'none'"], 'nothing may be fetched');
  assert.ok(!policy['script-src'].some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'"), `scripts by hash only: ${policy['script-src']}`);
  const block = new RegExp(`<script type="application/json" id="${DATASET_ID}">([\\s\\S]*?)</script>`).exec(html);
  assert.ok(block, `the dataset as <script type="application/json" id="${DATASET_ID}">`);
  assert.deepEqual(JSON.parse(block[1]), dataset(), 'the embedded dataset is the validated one');
  // Without JavaScript: no Korean page beside this file, so both languages are inline and
  // the 한국어 link leads down the page.
  const noscript = /<noscript\b[^>]*>([\s\S]*?)<\/noscript>/i.exec(html)?.[1] ?? '';
  assert.match(noscript, /<a href="#noscript-ko"[^>]*>한국어<\/a>/, 'the link to the Korean section');
  assert.match(noscript, /<section lang="en"/, 'the English section');
  assert.match(noscript, /<section lang="ko" id="noscript-ko"/, 'the Korean section');
  assert.ok(noscript.includes(dataset().initiative.name.ko), 'the Korean section names the initiative in Korean');
});

for (const view of VIEWS) {
  test(`offline over file://: #view=${view} draws, every tab draws, nothing is fetched (390 and 1280 px)`, async () => {
    for (const width of [1280, 390]) {
      await withOfflinePage(
        async ({ page }) => {
          assert.equal(await page.getByRole('tab', { selected: true }).getAttribute('aria-selected'), 'true');
          await screenshot(page, `single-file-${view}-${width}`, { fullPage: false });
          // Every other view by its tab, then back.
          const tabs = page.locator('[role=tablist] [role=tab]');
          const n = await tabs.count();
          assert.ok(n >= VIEWS.length, `the view switcher has ${n} tabs`);
          for (let i = 1; i <= n; i++) {
            const tab = tabs.nth(i % n);
            await tab.click();
            await eventually(async () => (await tab.getAttribute('aria-selected')) === 'true');
            await drawn(page);
          }
        },
        { hash: `view=${view}`, viewport: { width, height: width < 600 ? 844 : 800 } },
      );
    }
  });
}

test('offline over file://: Korean draws too, its sentences from the inline Korean pack', async () => {
  await withOfflinePage(
    async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'ko');
      // The initiative's name is a line of the pack, which the site fetches and this file carries.
      const title = (await page.locator('h1[data-testid=title]').innerText()).replace(/\s+/g, ' ').trim();
      assert.equal(title, dataset().initiative.name.ko);
      await screenshot(page, 'single-file-funding-ko-1280', { fullPage: false });
    },
    { hash: 'view=funding&lang=ko' },
  );
});

test('offline over file://: briefing mode steps through every slide, and the presenter window opens', async () => {
  await withOfflinePage(
    async ({ page, context }) => {
      await page.locator('[data-testid=start-briefing]').click();
      const count = page.locator('[data-testid=slide-count]');
      await count.waitFor({ state: 'visible' });
      const numbers = async () => ((await count.innerText()).match(/\d+/g) ?? []).map(Number);
      const [, total] = await numbers();
      assert.ok(total >= 2, `the story has slides: ${await count.innerText()}`);
      await drawn(page);
      await screenshot(page, 'single-file-briefing-1-1280', { fullPage: false });
      for (let n = 2; n <= total; n++) {
        await page.locator('body').press('ArrowRight');
        await eventually(async () => (await numbers())[0] === n);
        await drawn(page);
      }
      // The presenter's window: the same file, kept on the same slide (BroadcastChannel).
      const [presenter] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: 'Presenter view' }).click(),
      ]);
      await presenter.locator('[data-testid=presenter]').waitFor({ state: 'visible' });
      assert.equal(presenter.url().split('#')[0], fileUrl);
      const presenterSlide = async () => Number((await presenter.locator('.slide-count').innerText()).match(/\d+/)?.[0]);
      assert.equal(await presenterSlide(), total, 'the presenter opens on the current slide');
      await page.locator('body').press('Home');
      await eventually(async () => (await presenterSlide()) === 1);
      assert.deepEqual(await presenter.evaluate(() => window.__cspViolations), [], 'CSP violations in the presenter window');
    },
    { hash: 'view=funding' },
  );
});

/** Clicks `selector` and returns the downloaded file's bytes (failing if none comes). */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.locator(selector).click()]);
  const failure = await dl.failure();
  assert.equal(failure, null, `the download of ${selector} failed: ${failure}`);
  return fs.readFile(await dl.path());
}

test('offline over file://: PNG, SVG and CSV exports download', async () => {
  await withOfflinePage(
    async ({ page }) => {
      const png = await download(page, '[data-testid=export-png]');
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      const svg = (await download(page, '[data-testid=export-svg]')).toString('utf8');
      assert.match(svg, /^<svg|^<\?xml/);
      assert.ok(svg.includes('Won Atlas'), 'the SVG is titled');
      const csv = (await download(page, '[data-testid=export-csv]')).toString('utf8').replace(/^\uFEFF/, '');
      for (const p of dataset().programmes) assert.ok(csv.includes(p.name.en), `${p.id} in the CSV`);
    },
    { hash: 'view=funding' },
  );
});

test('offline over file://: the dataset JSON export downloads the embedded dataset', async () => {
  await withOfflinePage(
    async ({ page }) => {
      // The site's link to won-atlas-dataset.json has no file beside the single one: the app
      // must download the text of <script id="won-atlas-dataset"> when the page has it.
      assert.equal(await page.locator(`script#${DATASET_ID}`).count(), 1);
      const bytes = await download(page, '[data-testid=export-json]');
      assert.deepEqual(JSON.parse(bytes.toString('utf8')), dataset());
      // The same bytes as the site's won-atlas-dataset.json, when the build has it.
      const site = await fs.readFile(path.join(DIST, 'won-atlas-dataset.json')).catch(() => null);
      if (site) assert.ok(bytes.equals(site), 'the same file as the site’s won-atlas-dataset.json');
    },
    { hash: 'view=timeline' },
  );
});
