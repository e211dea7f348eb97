// 한국어 and English: the switch, <html lang>, the browser's preference, and the headline,
// a table row and a tooltip in Korean. Expected text comes from the dataset's Korean
// names and from how Korean writes money (조 and 억), not from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { squash } from './lib/text.mjs';

const app = useApp();

/** 100조, 1조 2,800억, 5,300억: how Korean writes a sum of 억. */
function koreanUnits(eok) {
  const jo = Math.floor(eok / 10000);
  const rest = eok % 10000;
  const g = (n) => n.toLocaleString('en-US');
  if (jo === 0) return `${g(rest)}억`;
  if (rest === 0) return `${g(jo)}조`;
  return `${g(jo)}조 ${g(rest)}억`;
}

test('the switch turns the page Korean: lang attribute, link, headline, table', async () => {
  const init = app.ds.initiative;
  await app.withPage(async ({ page }) => {
    await page.getByRole('button', { name: '한국어' }).click();
    await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'ko'));
    await eventually(async () => assert.match(page.url(), /lang=ko/));
    assert.equal(squash(await page.locator('h1[data-testid=title]').innerText()), init.name.ko);
    const total = squash(await page.locator('[data-testid=headline-total]').innerText());
    assert.ok(total.includes(koreanUnits(init.total.amount.quantity.value.eok)), `total in 조: ${total}`);
    assert.ok(total.includes('원'), total);
    const usd = squash(await page.locator('[data-testid=headline-usd]').innerText());
    const { min, max } = init.usd.amount.quantity;
    assert.ok(usd.includes(`${koreanUnits(min.eok)}~${koreanUnits(max.eok)} 달러`), `dollars in 억, a range with ~: ${usd}`);
    const rows = await page.locator('table[data-testid=programme-table] tbody tr[data-id]').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.dataset.id, name: tr.querySelector('.name')?.textContent ?? '' })),
    );
    for (const p of app.ds.programmes) {
      assert.equal(squash(rows.find((r) => r.id === p.id)?.name), p.name.ko, `row ${p.id} in Korean`);
    }
    assert.ok((await page.title()).includes('원 아틀라스'));
    // And back.
    await page.getByRole('button', { name: 'English' }).click();
    await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'en'));
    assert.equal(squash(await page.locator('h1[data-testid=title]').innerText()), init.name.en);
  }, { hash: 'view=funding' });
});

test('a Korean browser gets Korean without a link saying so', async () => {
  await app.withPage(async ({ page }) => {
    await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'ko'));
    assert.equal(squash(await page.locator('h1[data-testid=title]').innerText()), app.ds.initiative.name.ko);
  }, { hash: 'view=funding', locale: 'ko-KR' });
});

test('the funding tooltip speaks Korean', async () => {
  await app.withPage(async ({ page }) => {
    await page.locator('canvas[data-testid=funding-chart]').focus();
    const tip = page.locator('[data-testid=tooltip]');
    await eventually(async () => {
      const text = squash(await tip.innerText());
      const p = app.ds.programmes.find((p) => text.includes(p.name.ko));
      assert.ok(p, `tooltip names a programme in Korean: ${text}`);
      assert.match(text, /[조억] 원/, 'the amount is written in 조/억 원');
    });
  }, { hash: 'view=funding&lang=ko' });
});

test('timeline dates read as Korean dates', async () => {
  const m = app.ds.milestones.find((m) => m.date.start.month && !m.date.end && !m.date.start.day);
  await app.withPage(async ({ page }) => {
    const li = page.locator(`[data-testid=milestone-list] li[data-id="${m.id}"]`);
    const text = squash(await li.innerText());
    assert.ok(text.includes(`${m.date.start.year}년 ${m.date.start.month}월`), text);
    assert.ok(text.includes(m.name.ko), text);
  }, { hash: 'view=timeline&lang=ko' });
});

for (const [width, height] of [[390, 844], [1280, 800]]) {
  for (const view of ['funding', 'regions', 'timeline', 'economy']) {
    test(`Korean screenshot of ${view} at ${width}×${height}`, async () => {
      await app.withPage(async ({ page }) => {
        await page.locator('main').scrollIntoViewIfNeeded();
        await screenshot(page, `ko-${view}-${width}`, { fullPage: false });
        assert.equal(await page.getAttribute('html', 'lang'), 'ko');
      }, { hash: `view=${view}&lang=ko`, viewport: { width, height } });
    });
  }
}

test('in Korean, every quote in a detail panel stays verbatim in English and its Korean rendering follows, marked 번역', async () => {
  const p = app.ds.programmes.find((p) => p.id === 'sovereign-ai');
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), p.id));
    const cites = (await detail.locator('.cite').allInnerTexts()).map(squash);
    for (const a of p.amounts) {
      const { quote, quote_ko: ko } = a.source;
      assert.match(ko, /[가-힣]/, `${quote} has a Korean rendering in the dataset`);
      assert.ok(
        cites.some((c) => c.includes(quote) && c.includes(`번역: ${ko}`)),
        `a citation quotes ${quote} and then 번역: ${ko}; got ${cites.join(' | ')}`,
      );
    }
  }, { hash: 'view=funding&sel=sovereign-ai&lang=ko' });
});
