// Headless Chromium, driven by playwright-core through the Debian browser (/usr/bin/chromium):
// the suite runs offline, where playwright's own browser download cannot work.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

/** The browser binary; E2E_CHROMIUM overrides it where the browser lives elsewhere. */
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/** Flags for running as root in a sandboxless container with no outside network: without
 * the background-networking ones Chromium keeps trying hosts it cannot reach.
 * Playwright adds a fresh --user-data-dir itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Open a page that records every console error, uncaught exception, failed request and
 * HTTP error response. Resolves to { page, context, problems, assertNoProblems, close }.
 * Tests call assertNoProblems() at the end so that a page that "works" while logging
 * errors still fails.
 *
 * options.viewport: { width, height } (default 1280×800); options.scale: devicePixelRatio
 * (default 1); options.locale (default en-GB). The page is in a fresh context of its own,
 * unless options.kept names a kind of page (any string): then it is a page kept open
 * between uses (see keptPage), and `close` hands it back.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 800 }, scale = 1, locale = 'en-GB', kept = null, setUp } = {}) {
  const options = { viewport, locale, deviceScaleFactor: scale };
  let page, context, close;
  if (kept === null) {
    context = await browser.newContext(options);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    close = () => context.close();
  } else {
    ({ page, context, close } = await keptPage(browser, options, kept, setUp));
  }
  const problems = [];
  // Chromium asks for /favicon.ico by itself, after load, when a page declares no icon.
  // Whether that 404 lands before a test ends is a race, so pages ignore it and
  // shell.test.mjs checks for an icon once, deterministically.
  const isFavicon = (url) => /^https?:\/\/[^/]+\/favicon\.ico$/.test(url ?? '');
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      if (isFavicon(loc?.url)) return;
      problems.push(`console error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.stack || err.message}`));
  // A frame's document whose load a newer navigation of that frame cancels (the embed
  // builder's preview, as options change) is superseded, not failed.
  const superseded = (req) =>
    req.failure()?.errorText === 'net::ERR_ABORTED' && req.resourceType() === 'document' && req.frame() !== page.mainFrame();
  page.on('requestfailed', (req) => {
    if (isFavicon(req.url()) || superseded(req)) return;
    problems.push(`request failed: ${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !isFavicon(res.url())) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  return {
    page,
    context,
    problems,
    assertNoProblems() {
      if (problems.length) assert.fail(`the page reported problems:\n  ${problems.join('\n  ')}`);
    },
    close,
  };
}

/** Pages kept open between uses: per browser, per kind and options, the idle ones. */
const idle = new WeakMap();

/**
 * A page of the given kind and options that is not in use, from an earlier use or new: a
 * new context and page cost Chromium about twice the processor time of loading the app
 * again in a page it already has, and the suite loads the app hundreds of times. A new
 * page runs `setUp(page)` once (init scripts, media emulation), so a kind stands for a
 * set-up. `close` hands the page back: it drops every listener and route (the caller's
 * too), loads about:blank, so the next use starts from a new document, and parks the
 * pointer in the corner. What a kept page keeps is its context's (cookies, storage,
 * permissions: the app keeps nothing there, and the static server sends `no-store`, so
 * nothing is cached) and its history, so a test that changes its context or page
 * settings, or steps back past its first document, opens a fresh page. Kept pages close
 * with the browser.
 */
async function keptPage(browser, options, kind, setUp = async () => {}) {
  if (!idle.has(browser)) idle.set(browser, new Map());
  const key = JSON.stringify([kind, options]);
  const pool = idle.get(browser);
  let page = pool.get(key)?.pop();
  if (!page) {
    const context = await browser.newContext(options);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await setUp(page);
  }
  return {
    page,
    context: page.context(),
    async close() {
      page.removeAllListeners();
      try {
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.goto('about:blank');
        await page.mouse.move(0, 0);
      } catch {
        await page.context().close().catch(() => {});
        return; // a page that cannot be reset is not kept
      }
      if (!pool.has(key)) pool.set(key, []);
      pool.get(key).push(page);
    },
  };
}

/**
 * Retry `fn` (which throws or returns a falsy value while not ready) until it passes or
 * `timeout` ms pass; then rethrow its last error. playwright-core has no `expect`, and the
 * app updates the DOM asynchronously after key presses and clicks.
 */
export async function eventually(fn, { timeout = 5_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const value = await fn();
      if (value !== false) return value;
      throw new Error('condition still false');
    } catch (err) {
      if (Date.now() > end) throw err;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
