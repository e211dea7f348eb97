// Shared by the "trustworthy on any page" suites (a11y, requests, noscript): the table of
// cases every check runs on, a way to wait until a view has drawn its chart, and a page
// that records every request and every Content Security Policy violation from the start.
//
// CASES is the one place to add a page state: a new mode, theme or language is one line
// ([hash, label]); every check in a11y.test.mjs and requests.test.mjs then runs on it.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { READY_SELECTOR, COMPLETE_SELECTOR } from './app.mjs';

const require = createRequire(import.meta.url);

/** [hash, label]: each view in each language, embed mode, and briefing mode (slides and
 * the presenter's window). A new mode or theme is one line here. */
export const CASES = [
  ['view=funding', 'funding, English'],
  ['view=regions', 'regions, English'],
  ['view=timeline', 'timeline, English'],
  ['view=funding&lang=ko', 'funding, Korean'],
  ['view=regions&lang=ko', 'regions, Korean'],
  ['view=timeline&lang=ko', 'timeline, Korean'],
  ['view=funding&embed=1', 'funding, embed'],
  ['view=regions&embed=1', 'regions, embed'],
  ['view=timeline&embed=1', 'timeline, embed'],
  ['view=economy', 'economy, English'],
  ['view=economy&lang=ko', 'economy, Korean'],
  ['view=economy&embed=1', 'economy, embed'],
  ['view=funding&embed=1&lang=ko', 'funding, embed, Korean'],
  ['view=funding&embed=1&accent=teal', 'funding, embed, newsroom accent'],
  ['view=timeline&embed=1&theme=dark&accent=purple', 'timeline, embed, dark theme, newsroom accent'],
  ['slide=1', 'briefing, first slide'],
  ['slide=3', 'briefing, map slide'],
  ['slide=1&lang=ko', 'briefing, first slide, Korean'],
  ['slide=3&presenter=1', 'briefing, presenter window'],
  ['view=funding&theme=dark', 'funding, dark theme'],
  ['view=funding&chart=split&lang=ko', 'funding, fund split (later report), Korean'],
  ['view=regions&theme=dark&lang=ko', 'regions, dark theme, Korean'],
  ['view=timeline&theme=dark', 'timeline, dark theme'],
  ['view=timeline&embed=1&theme=dark', 'timeline, embed, dark theme'],
  ['slide=2&contrast=1', 'briefing, high contrast'],
];

/** The chart of the view on screen (embeds have no tab panel, so look for the canvas). */
export const CHART = 'canvas.chart';

/** Records `securitypolicyviolation` events into window.__cspViolations, from before any
 * of the page's own scripts run (init scripts are not subject to the page's CSP). */
const CSP_RECORDER = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile + ':' + e.lineNumber,
      sample: e.sample,
    });
  });
})();`;

/** Resolves once the page has rendered (its view switcher, an embed's or a slide's chart,
 * a slide's title, or the presenter's window) and any chart on screen has a size and pixels drawn on it
 * (plotters draws in an effect after the first render). */
export async function viewReady(page, { timeout = 15_000 } = {}) {
  const anchor = `${READY_SELECTOR}, canvas.chart, [data-testid=slide-title], [data-testid=presenter]`;
  await page.locator(anchor).first().waitFor({ state: 'visible', timeout });
  await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached', timeout });
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('canvas.chart')].filter((el) => el.getClientRects().length > 0);
      return charts.every((c) => {
        if (c.width === 0 || c.height === 0) return false;
        const ctx = c.getContext('2d');
        if (!ctx) return false;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        for (let i = 3; i < data.length; i += 4 * 7) if (data[i] !== 0) return true;
        return false;
      });
    },
    null,
    { timeout, polling: 100 },
  );
}

/** A URL the page may ask for: this test server's own origin (data: and blob: URLs are
 * not network requests and name no origin). */
export function isOwn(url, base) {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === new URL(base).origin;
}

/**
 * Like app.withPage (its page kept between uses too), but the page is watched from its
 * first byte: `fn` gets
 * { page, context, requests, problems, cspViolations() } where `requests` lists every
 * request's URL in order (each with `afterLoad` set once the first load has finished).
 * Options: hash, viewport, reducedMotion ('reduce'), axe (inject axe-core as an init
 * script, which the page's CSP cannot block, unlike a <script> tag).
 * After `fn`, fails on any console error, failed request or CSP violation.
 */
export async function withTrackedPage(app, fn, { hash = '', viewport, reducedMotion, axe = false } = {}) {
  // A kept page per set-up: the recorder, axe-core or not, reduced motion or not.
  const setUp = async (page) => {
    await page.addInitScript({ content: CSP_RECORDER });
    if (axe) await page.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
    if (reducedMotion) await page.emulateMedia({ reducedMotion });
  };
  const p = await openPage(app.browser, { viewport, kept: `tracked axe=${axe} motion=${reducedMotion}`, setUp });
  const requests = [];
  let loaded = false;
  p.page.on('request', (req) => requests.push({ url: req.url(), type: req.resourceType(), afterLoad: loaded }));
  try {
    await p.page.goto(app.href(hash), { waitUntil: 'networkidle' });
    await viewReady(p.page);
    loaded = true;
    const cspViolations = () => p.page.evaluate(() => window.__cspViolations ?? ['(recorder missing)']);
    await fn({ ...p, requests, cspViolations });
    assert.deepEqual(await cspViolations(), [], 'Content Security Policy violations');
    p.assertNoProblems();
  } finally {
    await p.close();
  }
}
