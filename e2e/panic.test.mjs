// A panic anywhere shows a readable error panel, in the page's language, never a blank
// page. The app exports a deliberate panic for this test only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, READY_SELECTOR } from './lib/app.mjs';
import { openPage, eventually } from './lib/browser.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

for (const [lang, heading] of [['en', 'Something went wrong'], ['ko', '문제가 발생했습니다']]) {
  test(`a panic shows the error panel (${lang})`, async () => {
    // Not through withPage: this test expects the console error a panic writes.
    const p = await openPage(app.browser);
    try {
      const { page } = p;
      await page.goto(app.href(`view=funding&lang=${lang}`));
      await page.locator(READY_SELECTOR).first().waitFor();
      assert.equal(await page.locator('[data-testid=error-panel]').count(), 0, 'no panel before');
      await page.evaluate(() => {
        try {
          window.wasmBindings.won_atlas_selftest_panic();
        } catch (_) {
          /* the wasm traps after the hook has run */
        }
      });
      const panel = page.locator('[data-testid=error-panel]');
      await eventually(async () => assert.equal(await panel.count(), 1));
      const text = (await panel.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes(heading), text);
      assert.ok(text.includes('deliberate panic'), 'the detail names the panic');
      assert.equal(await panel.getAttribute('role'), 'alert');
      // The page is still there, and offers a way back.
      assert.ok(await page.locator('h1').count() >= 1);
      assert.equal(await panel.locator('a').count(), 1);
    } finally {
      await p.close();
    }
  });
}
