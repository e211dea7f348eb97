// A panic anywhere shows a readable error panel, in the page's language, never a blank
// page. The app exports a deliberate panic for this test only. The release wasm is built
// with -Cpanic=immediate-abort (scripts/build.sh), so the panic traps at once and the panel
// comes from index.html's listener for uncaught WebAssembly.RuntimeErrors: the panic is
// raised where the app's own panics would surface, from a timer or event handler (an
// `error` event) and from a promise job such as a future (`unhandledrejection`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, READY_SELECTOR } from './lib/app.mjs';
import { openPage, eventually } from './lib/browser.mjs';

const app = useApp();

/** Open the funding view in `lang`, run `raise` in the page, return the page and panel. */
async function raiseIn(lang, raise) {
  // Not through withPage: these tests expect the uncaught error a trap reports.
  const p = await openPage(app.browser, { kept: 'app' });
  const { page } = p;
  await page.goto(app.href(`view=funding&lang=${lang}`));
  await page.locator(READY_SELECTOR).first().waitFor();
  const panel = page.locator('[data-testid=error-panel]');
  assert.equal(await panel.count(), 0, 'no panel before');
  await page.evaluate(raise);
  return { p, page, panel };
}

const fromTimer = () => {
  setTimeout(() => window.wasmBindings.won_atlas_selftest_panic());
};

for (const [lang, heading] of [['en', 'Something went wrong'], ['ko', '문제가 발생했습니다']]) {
  test(`a panic shows the error panel (${lang})`, async () => {
    const { p, page, panel } = await raiseIn(lang, fromTimer);
    try {
      await eventually(async () => assert.equal(await panel.count(), 1));
      const text = (await panel.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes(heading), text);
      // The detail: the panic message where a hook ran, else the trap the panic became.
      const detail = await panel.locator('pre').innerText();
      assert.match(detail, /deliberate panic|RuntimeError/, 'the detail names the panic');
      assert.equal(await panel.getAttribute('role'), 'alert');
      // The page is still there, and offers a way back.
      assert.ok(await page.locator('h1').count() >= 1);
      assert.equal(await panel.locator('a').count(), 1);
    } finally {
      await p.close();
    }
  });
}

test('a panic in a promise job shows the error panel too', async () => {
  const { p, panel } = await raiseIn('en', () => {
    Promise.resolve().then(() => window.wasmBindings.won_atlas_selftest_panic());
  });
  try {
    await eventually(async () => assert.equal(await panel.count(), 1));
  } finally {
    await p.close();
  }
});

test('an error that is not the wasm trapping shows no panel', async () => {
  const { p, page, panel } = await raiseIn('en', () => {
    setTimeout(() => {
      throw new Error('a script error, not a panic');
    });
    Promise.reject(new TypeError('a rejected promise, not a panic'));
  });
  try {
    // Both errors have surfaced once the page has run two more timer tasks.
    await page.evaluate(() => new Promise((r) => setTimeout(() => setTimeout(r, 50))));
    assert.equal(await panel.count(), 0);
    // And the app still answers: the tab switch works.
    await page.locator('[role=tab]').nth(1).click();
    await eventually(async () => assert.equal(await page.locator('[role=tab]').nth(1).getAttribute('aria-selected'), 'true'));
  } finally {
    await p.close();
  }
});
