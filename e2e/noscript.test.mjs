// Without JavaScript: the built page shows the headline figures and a table of every
// programme with the amounts the report states and the phrases it states them in, all
// generated from the dataset at build time (scripts/postbuild.mjs runs
// `seedcheck noscript seeds`). Every expected figure here comes from the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { claimValue, claimRange, trillions, billions, plain, containsNumber, eok } from './lib/dataset.mjs';
import { squash } from './lib/text.mjs';

let page;
// One page with JavaScript off for every test; the app's browser closes it with itself.
const app = useApp(async ({ browser, url }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
});

test('without JavaScript the page shows the initiative name and the headline figures', async () => {
  const { name, total, usd, projects, ai_projects: ai, innovation_projects: inn } = app.ds.initiative;
  assert.equal(squash(await page.locator('noscript h1, .noscript h1').first().innerText()), name.en);
  const headline = squash(await page.locator('[data-testid=noscript-headline]').innerText());
  const [usdMin, usdMax] = claimRange(usd).map(billions);
  for (const n of [plain(trillions(claimValue(total))), plain(usdMin), plain(usdMax), projects, ai, inn]) {
    assert.ok(containsNumber(headline, n), `the headline "${headline}" lacks ${n}`);
  }
  assert.ok(headline.includes('₩') && headline.includes('$'), 'won and dollars are marked');
  // The app itself did not start: no view switcher, the noscript content is what shows.
  assert.equal(await page.locator('[role=tablist]').count(), 0);
  assert.ok(await page.locator('[data-testid=noscript-headline]').isVisible());
});

test('without JavaScript a table lists every programme with its stated amounts and sources', async () => {
  const rows = await page.locator('table[data-testid=noscript-programmes] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.dataset.id,
      name: tr.querySelector('th')?.textContent ?? '',
      cells: [...tr.cells].map((c) => c.innerText),
    })),
  );
  const programmes = app.ds.programmes;
  assert.equal(rows.length, programmes.length, 'one row per programme');
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of programmes) {
    const row = byId.get(p.id);
    assert.ok(row, `a row for ${p.id}`);
    assert.equal(squash(row.name), p.name.en, `row header of ${p.id}`);
    const text = squash(row.cells.join(' '));
    for (const claim of p.amounts) {
      assert.ok(text.includes(squash(claim.source.quote)), `${p.id}: the phrase "${claim.source.quote}"`);
      assert.ok(containsNumber(text, claim.source.line), `${p.id}: line ${claim.source.line}`);
      const a = claim.amount;
      if (a.kind !== 'stated') continue;
      const q = a.quantity;
      const values = q.kind === 'range' ? [q.min, q.max] : [q.value];
      for (const v of values) {
        const units = eok(v);
        const shown = units >= 10_000 ? trillions(units) : billions(units);
        assert.ok(containsNumber(text, plain(shown)), `${p.id}: the amount ${plain(shown)} (${JSON.stringify(v)})`);
      }
    }
  }
});

test('without JavaScript the source report is named', async () => {
  const { title, subtitle } = app.ds.report;
  const text = squash(await page.locator('.noscript').first().innerText());
  assert.ok(text.includes(title.en) && text.includes(subtitle.en), `"${text.slice(-200)}" names the report`);
});
