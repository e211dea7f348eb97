// The picture first: on every view, on a phone (390×844) and on a laptop (1280×800), the
// chart starts inside the first screen, and on the phone at least half of it is there (or,
// for a chart too tall for that, it fills at least half the screen); the page does
// not move once drawn (cumulative layout shift, measured in Chromium); on a phone the chart
// options are a bar of one row, every control reachable from the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, READY_SELECTOR, COMPLETE_SELECTOR } from './lib/app.mjs';
import { openPage } from './lib/browser.mjs';

const VIEWS = ['funding', 'regions', 'timeline', 'economy'];
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
import { recordShifts, shiftsOf } from './lib/shifts.mjs';

const app = useApp();

/** The view's chart canvas, once drawn: its top and height in CSS px, page at the top. */
async function chartBox(page, view) {
  const canvas = page.locator(`[data-testid=${view}-chart]`);
  await canvas.waitFor({ state: 'visible' });
  await page.evaluate(() => window.scrollTo(0, 0));
  return canvas.evaluate((c) => {
    const r = c.getBoundingClientRect();
    return { top: r.top, height: r.height };
  });
}

for (const viewport of SCREENS) {
  for (const lang of ['en', 'ko']) {
    test(`${viewport.width}×${viewport.height}, ${lang}: every view's chart starts in the first screen`, async () => {
      for (const view of VIEWS) {
        await app.withPage(
          async ({ page }) => {
            const { top, height } = await chartBox(page, view);
            assert.ok(top < viewport.height, `${view}: the chart starts at ${top} px, below the first screen`);
            if (viewport.width < 600) {
              // Half the chart, or for a chart taller than that leaves room for, half the screen.
              const shown = Math.min(viewport.height - top, height);
              assert.ok(
                shown >= height / 2 || shown >= viewport.height / 2,
                `${view}: ${shown} px of a ${height} px chart in the first screen (top at ${top})`,
              );
            }
          },
          { viewport, hash: `view=${view}&lang=${lang}` },
        );
      }
    });
  }
}

/** The layout shifts of a first load of `hash`, summed (input-driven ones left out),
 * with the elements that moved. */
async function layoutShift(viewport, hash) {
  const p = await openPage(app.browser, { viewport, kept: 'layout shifts', setUp: recordShifts });
  try {
    await p.page.goto(app.href(hash), { waitUntil: 'load' });
    await p.page.locator(READY_SELECTOR).first().waitFor({ state: 'visible' });
    await p.page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    // What arrives after the tables (a chunk's view, the Korean text) has had its frame.
    await p.page.waitForTimeout(800);
    const cls = await shiftsOf(p.page);
    p.assertNoProblems();
    return cls;
  } finally {
    await p.close();
  }
}

for (const viewport of SCREENS) {
  test(`${viewport.width}×${viewport.height}: nothing moves once drawn (cumulative layout shift under 0.01)`, async () => {
    for (const hash of ['', ...VIEWS.slice(1).map((v) => `view=${v}`), 'lang=ko']) {
      const { sum, moved } = await layoutShift(viewport, hash);
      assert.ok(sum < 0.01, `#${hash}: layout shift ${sum.toFixed(4)}: ${moved.join(', ')}`);
    }
  });
}

test('on a phone each view\'s options are one bar the keyboard walks, each control in view when focused', async () => {
  for (const view of ['funding', 'timeline']) {
    await app.withPage(
      async ({ page }) => {
        const bars = page.locator('.controls, .lanes');
        const n = await bars.count();
        assert.ok(n > 0, `${view} has options`);
        for (let i = 0; i < n; i++) {
          const bar = bars.nth(i);
          const h = await bar.evaluate((b) => b.getBoundingClientRect().height);
          assert.ok(h <= 64, `${view}: an options bar is ${h} px tall, more than one row`);
          const controls = bar.locator('button, input, select');
          const last = controls.nth((await controls.count()) - 1);
          await last.focus();
          const seen = await last.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const box = el.closest('.controls, .lanes').getBoundingClientRect();
            return { inside: r.left >= box.left - 1 && r.right <= box.right + 1, outline: getComputedStyle(el).outlineStyle };
          });
          assert.ok(seen.inside, `${view}: the focused last control is scrolled into the bar`);
          assert.notEqual(seen.outline, 'none', `${view}: the focused control shows its focus`);
        }
      },
      { viewport: SCREENS[0], hash: `view=${view}` },
    );
  }
});
