// Briefing mode: step through the story with each key a clicker sends and check titles
// and URLs; the presenter window follows through BroadcastChannel; type is large enough
// at 1920×1080; screenshots of three slides. Titles are the story's, with placeholders
// filled from the dataset (checked against app.ds, not against the app).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { openPage, eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { squash, escapeRegExp } from './lib/text.mjs';

const app = useApp();

/** The story's slides from the dataset: title with its placeholders, as a RegExp. */
function titlePattern(slide) {
  return new RegExp('^' + slide.title.en.split(/\{[^}]+\}/).map(escapeRegExp).join('.+') + '$');
}

/** Runs `fn({ page, … })` on a fresh 1920×1080 page showing the slide at `hash`, then
 * fails if the page logged any problem. */
async function withSlide(hash, fn) {
  const p = await openPage(app.browser, { viewport: { width: 1920, height: 1080 }, kept: 'app' });
  try {
    await p.page.goto(app.href(hash));
    await p.page.locator('[data-testid=slide-title]').waitFor({ state: 'visible' });
    await fn(p);
    p.assertNoProblems();
  } finally {
    await p.close();
  }
}

test('every clicker key steps the story; titles and URLs follow', async () => {
  const slides = app.ds.slides;
  assert.ok(slides.length >= 5);
  await withSlide('slide=1', async ({ page }) => {
    const at = async (n) => {
      await eventually(async () => {
        assert.match(squash(await page.locator('[data-testid=slide-title]').innerText()), titlePattern(slides[n - 1]));
        assert.match(page.url(), new RegExp(`slide=${n}(&|$)`));
        assert.equal(squash(await page.locator('[data-testid=slide-count]').innerText()), `Slide ${n} of ${slides.length}`);
      });
    };
    await at(1);
    // Each key a clicker sends, and the slide it must land on.
    const last = slides.length;
    const steps = [['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['PageUp', 3], ['ArrowLeft', 2], ['End', last], ['ArrowRight', last], ['Home', 1]];
    for (const [key, n] of steps) {
      await page.keyboard.press(key);
      await at(n);
    }
    // Back steps through slides too: each is a URL.
    await page.keyboard.press('ArrowRight');
    await at(2);
    await page.goBack();
    await at(1);
  });
});

test('each slide shows its own view and state, with figures from the dataset', async () => {
  await withSlide('slide=1', async ({ page }) => {
    const text = squash(await page.locator('[data-testid=slide]').innerText());
    assert.ok(text.includes(String(app.ds.initiative.projects)), 'the projects count');
    assert.ok(!/[{}]/.test(text), 'no unfilled placeholder');
    for (const [i, s] of app.ds.slides.entries()) {
      await page.goto(app.href(`slide=${i + 1}`));
      const view = new URLSearchParams(s.state).get('view');
      await eventually(async () => assert.equal(await page.locator(`#panel-${view}`).count(), 1, `slide ${i + 1} shows ${view}`));
    }
  });
});

test('type is large at 1920×1080: body text at least 28 px, charts drawn larger', async () => {
  await withSlide('slide=2', async ({ page }) => {
    const size = await page.locator('.takeaway').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 28, `takeaway is ${size}px`);
    // The chart is drawn as large as its area allows: its full width, or its full height.
    const c = await page.locator('canvas.chart').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const a = el.parentElement.getBoundingClientRect();
      return { w: r.width, h: r.height, aw: a.width, ah: a.height };
    });
    assert.ok(Math.abs(c.w - c.aw) <= 2 || Math.abs(c.h - c.ah) <= 2, `the zoomed chart (${c.w}×${c.h}) fills its area (${c.aw}×${c.ah})`);
    for (const n of [1, 2, 4]) {
      await page.goto(app.href(`slide=${n}`));
      await page.locator('canvas.chart').waitFor({ state: 'visible' });
      await screenshot(page, `briefing-slide-${n}-1920`, { fullPage: false });
    }
  });
});

test('the presenter window follows the slides through BroadcastChannel', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const main = await context.newPage();
    const presenter = await context.newPage();
    await main.goto(app.href('slide=1'));
    await presenter.goto(app.href('slide=1&presenter=1'));
    await presenter.locator('[data-testid=presenter]').waitFor();
    const next = squash(await presenter.locator('[data-testid=next-title]').innerText());
    assert.match(next, titlePattern(app.ds.slides[1]));
    await main.locator('[data-testid=slide-title]').waitFor();
    await main.keyboard.press('ArrowRight');
    await eventually(async () => assert.match(squash(await presenter.locator('[data-testid=title]').innerText()), titlePattern(app.ds.slides[1])));
    const notes = squash(await presenter.locator('[data-testid=notes]').innerText());
    assert.ok(notes.length > 10, 'notes shown');
    assert.match(squash(await presenter.locator('[data-testid=timer]').innerText()), /^\d\d:\d\d$/);
    // And back: the presenter drives the room.
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await eventually(async () => assert.match(squash(await main.locator('[data-testid=slide-title]').innerText()), titlePattern(app.ds.slides[0])));
  } finally {
    await context.close();
  }
});

test('the full app starts the briefing, and leaving it returns to the views', async () => {
  await app.withPage(async ({ page }) => {
    await page.getByTestId('start-briefing').click();
    await page.locator('[data-testid=slide-title]').waitFor();
    await eventually(async () => assert.match(page.url(), /slide=1/));
    await page.getByRole('button', { name: 'Leave briefing' }).click();
    await page.locator('[role=tablist]').waitFor();
    await eventually(async () => assert.doesNotMatch(page.url(), /slide=/));
  }, { hash: 'view=funding' });
});
