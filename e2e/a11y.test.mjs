// Accessibility on every page state in CASES (each view in each language; embed, briefing
// and themes become one line each in e2e/lib/trust.mjs):
//   - axe-core finds no violation of impact serious or critical;
//   - a keyboard-only walk (Tab from the top) reaches the view tabs, the chart and the
//     view's table or list (or the disclosure that folds it away), and every stop shows
//     a visible focus indicator;
//   - with prefers-reduced-motion: reduce, nothing transitions or animates.
// The first three run one after another on one load of each page state, as subtests: axe
// on the page as it loads, the keyboard walk, then axe with a record selected.
// Text contrast in the DOM is axe's color-contrast rule; text drawn on the canvas is
// checked natively (tests/canvas_contrast.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { axe, formatViolation } from './lib/axe.mjs';
import { eventually } from './lib/browser.mjs';
import { CASES, CHART, withTrackedPage } from './lib/trust.mjs';

const app = useApp();

const SERIOUS = new Set(['serious', 'critical']);
// Every axe rule that applies to WCAG 2.0–2.2 A/AA, plus axe's best practices.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const [hash, label] of CASES) {
  test(`accessibility of one load (${label}, #${hash})`, async (t) => {
    await withTrackedPage(
      app,
      async ({ page }) => {
        await t.test(`axe: no serious or critical violations (${label}, #${hash})`, async () => {
          const found = (await axe(page, { tags: TAGS })).filter((v) => SERIOUS.has(v.impact));
          assert.deepEqual(found.map(formatViolation), [], `axe on #${hash}`);
        });
        await t.test(`keyboard only: Tab reaches the view tabs, the chart and the table or list (those the page has), each stop visibly focused (${label})`, () =>
          keyboardWalk(page),
        );
        // Selecting by keyboard opens the detail panel in the views and embeds; slides show
        // their own state and have no detail panel.
        if (!hash.includes('slide=')) await t.test(`axe: no serious or critical violations with a record selected (${label})`, async () => {
          // Select the first record by keyboard: the detail panel opens. Focus puts the
          // first record in focus (announced in the live region) a render later; Enter
          // before that selects nothing, so wait for the announcement and retry Enter.
          await page.locator(CHART).first().focus();
          await eventually(async () => {
            const said = await page.locator('[data-testid=live]').allInnerTexts();
            assert.ok(said.some((t) => t.trim().length > 0), 'the focused record is announced');
          });
          await eventually(async () => {
            await page.keyboard.press('Enter');
            await page.locator('[data-testid=detail]').first().waitFor({ state: 'visible', timeout: 1_000 });
          }, { timeout: 8_000 });
          const found = (await axe(page, { tags: TAGS })).filter((v) => SERIOUS.has(v.impact));
          assert.deepEqual(found.map(formatViolation), [], `axe on #${hash} with the detail panel open`);
        });
      },
      { hash, axe: true },
    );
  });
}

/** Tab from the top of the document, as a keyboard user arrives: the walk reaches the view
 * tabs, the chart and the view's table or list (each where the page has one), and every
 * stop shows a visible focus indicator. */
async function keyboardWalk(page) {
  // From the top of the document, as a keyboard user arrives.
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  // What this page has to reach: the view tabs, a chart and a table or list, each
  // where the page has one (embeds have no tabs; a presenter's window no chart).
  const has = await page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0);
    return {
      tabs: shown('[role=tablist] [role=tab]'),
      chart: shown('canvas.chart'),
      table: [...document.querySelectorAll('table, [role=region][tabindex], ul, ol')].some(
        (el) =>
          el.getClientRects().length > 0 &&
          !el.closest('header, nav, [role=tablist], details:not([open])') &&
          (el.matches('[tabindex]') || !!el.querySelector('button, a[href], [tabindex]')),
      ),
      // A table folded into a closed disclosure (an embed's "Data table") is reached
      // by its summary.
      folded: !!document.querySelector('details:not([open]) > summary ~ * table'),
    };
  });
  const stops = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow && cs.boxShadow !== 'none';
      const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 30) || '';
      return {
        what: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} "${name}"`,
        tab: el.getAttribute('role') === 'tab',
        chart: el.matches('canvas.chart'),
        // The view's table or list: a scrolling table region, or a control inside a
        // table or list of the view (not the page's header or the view switcher).
        table: !!el.closest('table, ul, ol, [role=region]') && !el.closest('header, nav, [role=tablist]'),
        opens: el.matches('details > summary') && !!el.parentElement.querySelector('table'),
        visible: outline || shadow,
        inViewport: (() => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        })(),
      };
    });
    if (!stop) break; // focus left the document: the walk is done
    stops.push(stop);
    if (stops.length > 1 && stops.at(-1).what === stops[0].what && i > 2) break;
  }
  const list = stops.map((s) => s.what).join('\n  ');
  assert.ok(stops.length > 0, 'Tab moves focus into the page');
  if (has.tabs) assert.ok(stops.some((s) => s.tab), `Tab reaches a view tab; stops:\n  ${list}`);
  if (has.chart) assert.ok(stops.some((s) => s.chart), `Tab reaches the chart; stops:\n  ${list}`);
  if (has.table) assert.ok(stops.some((s) => s.table), `Tab reaches the view's table or list; stops:\n  ${list}`);
  if (has.folded) assert.ok(stops.some((s) => s.opens), `Tab reaches the disclosure of the view's table; stops:\n  ${list}`);
  const unseen = stops.filter((s) => !s.visible).map((s) => s.what);
  assert.deepEqual(unseen, [], 'every focused element shows an outline or a box-shadow');
  const invisible = stops.filter((s) => !s.inViewport).map((s) => s.what);
  assert.deepEqual(invisible, [], 'no focus stop is an invisible element');
}

for (const [hash, label] of CASES.filter(([h]) => !h.includes('lang='))) {
  test(`prefers-reduced-motion: nothing transitions or animates (${label})`, async () => {
    await withTrackedPage(
      app,
      async ({ page }) => {
        const report = await page.evaluate(() => {
          const moving = [];
          const zero = (v) => v.split(',').every((d) => parseFloat(d) === 0);
          for (const el of document.querySelectorAll('*')) {
            const cs = getComputedStyle(el);
            const transition = !zero(cs.transitionDuration);
            const animation = cs.animationName !== 'none' && !zero(cs.animationDuration);
            if (transition || animation) moving.push(`${el.tagName.toLowerCase()}.${el.className}`);
          }
          return {
            matches: matchMedia('(prefers-reduced-motion: reduce)').matches,
            scroll: getComputedStyle(document.documentElement).scrollBehavior,
            moving,
          };
        });
        assert.ok(report.matches, 'the emulated preference is seen by the page');
        assert.deepEqual(report.moving, [], 'elements that still transition or animate');
        assert.equal(report.scroll, 'auto', 'no smooth scrolling');
        // Interact: a switch of view must not start motion either.
        const other = page.locator('[role=tab][aria-selected=false]');
        if (await other.count()) await other.first().click();
        else await page.keyboard.press('ArrowRight');
        const after = await page.evaluate(() =>
          [...document.querySelectorAll('*')].filter((el) => {
            const cs = getComputedStyle(el);
            return cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
              (cs.animationName !== 'none' && cs.animationDuration.split(',').some((d) => parseFloat(d) > 0));
          }).length,
        );
        assert.equal(after, 0, 'after switching view');
      },
      { hash, reducedMotion: 'reduce' },
    );
  });
}
