// One harness per test file: the static server on dist/, one browser, the dataset, and a
// `withPage` that gives each test a new load of the app (in a page kept between tests) and
// fails it on any console error or failed request. A test file calls `useApp()` once at
// its top.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, openPage } from './browser.mjs';
import { dataset } from './dataset.mjs';

/** The app has started when its view switcher is there: the tablist only exists once the
 * wasm has run (unlike anything index.html may carry for readers without JavaScript). */
export const READY_SELECTOR = '[role=tablist] [role=tab]';

/** The first load has built everything: the app marks `<html>` once the tables that
 * follow the first chart are in (src/ui/defer.rs). */
export const COMPLETE_SELECTOR = 'html[data-complete]';

export async function startApp() {
  const ds = dataset();
  const server = await startServer();
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    url: server.url,
    server,
    browser,
    ds,

    /** The app's address with an optional hash ("view=regions" or "#view=regions"). */
    href(hash = '') {
      return server.url + (hash ? `#${hash.replace(/^#/, '')}` : '');
    },

    /**
     * Run `fn({ page, problems })` on a fresh page showing the app (at `hash`, in a
     * `viewport`), then fail if the page logged any problem. The page is one kept between
     * uses (openPage's `kept`), with a new document; `fresh` gives it a page and context
     * of its own, for a test that changes its context or steps back past its first page.
     */
    async withPage(fn, { viewport, hash = '', scale, locale, fresh = false } = {}) {
      const p = await openPage(browser, { viewport, scale, locale, kept: fresh ? null : 'app' });
      try {
        await p.page.goto(this.href(hash), { waitUntil: 'load' });
        await p.page.locator(READY_SELECTOR).first().waitFor({ state: 'visible' });
        // The view's tables are built a task after its first chart (src/ui/defer.rs).
        await p.page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
        await fn(p);
        p.assertNoProblems();
      } finally {
        await p.close();
      }
    },

    async close() {
      await browser?.close();
      await server.close();
    },
  };
}

/**
 * The app for the test file that calls this: started before the file's first test and
 * closed after its last. The returned object is empty until then and afterwards carries
 * everything `startApp` gives (url, server, browser, ds, href, withPage, close).
 * `setUp(app)`, when given, runs once the app has started, before the first test (the
 * runner does not wait for one top-level `before` hook to finish before the next starts).
 */
export function useApp(setUp = async () => {}) {
  const app = {};
  before(async () => {
    Object.assign(app, await startApp());
    await setUp(app);
  });
  after(async () => {
    await app.close?.();
  });
  return app;
}

/**
 * Closes the detail panel that Enter on a chart opened, with the keys a reader uses:
 * Enter moves the focus to the panel's heading (after the panel renders), Escape there
 * brings it back to the chart with the panel still open, and Escape on the chart closes
 * it. `chart` is the chart's locator.
 */
export async function escapeFromPanel(page, chart) {
  const detail = page.locator('[data-testid=detail]');
  const focused = () => page.evaluate(() => document.activeElement?.tagName);
  await eventually(async () => assert.equal(await focused(), 'H3', 'Enter moves the focus to the panel'));
  await page.keyboard.press('Escape');
  await eventually(async () => assert.ok(await chart.evaluate((c) => c === document.activeElement), 'Escape in the panel returns to the chart'));
  assert.equal(await detail.count(), 1, 'the panel stays open');
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await detail.count(), 0, 'Escape on the chart closes the panel'));
}
