// The economy view: its tab and permalink, a figure selected by link or keyboard with its
// source, every figure and scenario of the dataset in its tables, both languages, and
// embed mode. Expected ids, values and quotes come from the dataset (seedcheck json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, escapeFromPanel, COMPLETE_SELECTOR } from './lib/app.mjs';
import { eventually, openPage } from './lib/browser.mjs';
import { shownQuote, squash } from './lib/text.mjs';

const app = useApp();

const canvas = (page) => page.locator('canvas[data-testid=economy-chart]');
/** The number a figure is drawn at, as the dataset gives it. */
const shown = (f) => (f.value.kind === 'range' ? f.value.max : (f.value.value ?? f.value.place));

test('the Economy tab shows the view, with a labelled chart, and writes its permalink', async () => {
  await app.withPage(async ({ page }) => {
    await page.getByRole('tab', { name: 'Economy' }).click();
    await eventually(async () => assert.match(page.url(), /view=economy/));
    await canvas(page).waitFor({ state: 'visible' });
    const label = await canvas(page).getAttribute('aria-label');
    assert.ok(label.includes(String(app.ds.figures.length)), `label counts the figures: ${label}`);
    assert.ok(label.includes(String(app.ds.scenarios.length)), `label counts the scenarios: ${label}`);
  }, { hash: 'view=funding' });
});

test('every figure and scenario is in the tables, with its value and source', async () => {
  await app.withPage(async ({ page }) => {
    const rows = page.locator('[data-testid=figure-table] tbody tr');
    await eventually(async () => assert.equal(await rows.count(), app.ds.figures.length));
    for (const f of app.ds.figures) {
      const text = squash(await page.locator(`[data-testid=figure-table] tr[data-id="${f.id}"]`).innerText());
      assert.ok(text.includes(shownQuote(f.source.quote)), `${f.id} cites its quote`);
      if (f.unit === 'percent') assert.ok(text.includes(`${Math.abs(shown(f))}%`), `${f.id} shows ${shown(f)}%: ${text}`);
    }
    for (const s of app.ds.scenarios) {
      const text = squash(await page.locator(`[data-testid=scenario-table] tr[data-id="${s.id}"]`).innerText());
      assert.ok(text.includes(`+${s.productivity}%`) && text.includes(`+${s.gdp}%`), `${s.id}: ${text}`);
      const u = app.ds.updates.find((u) => u.id === s.update);
      assert.ok(text.includes(u.sources[0]), `${s.id} names its later source`);
    }
  }, { hash: 'view=economy' });
});

test('sel= opens a figure\'s panel with its source quote; a scenario\'s names its later report', async () => {
  const jobs = app.ds.figures.find((f) => f.id === 'jobs-impacted');
  const note = app.ds.conflicts.find((c) => c.id === 'jobs-impacted-shares');
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), jobs.id));
    const text = squash(await detail.innerText());
    assert.ok(text.includes(shownQuote(jobs.source.quote)), 'the panel quotes the report');
    assert.ok(text.includes(note.title.en), 'the panel names the 24% + 27% note');
    const s = app.ds.scenarios[1];
    const u = app.ds.updates.find((u) => u.id === s.update);
    await page.goto(app.href(`view=economy&sel=${s.id}`));
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), s.id));
    const later = squash(await detail.innerText());
    assert.ok(later.includes(new URL(u.sources[0]).host), `names the source: ${later}`);
    assert.ok(later.includes(`+${s.gdp}%`), later);
  }, { hash: 'view=economy&sel=jobs-impacted' });
});

test('the keyboard walks the figures; Enter opens one, Escape closes it', async () => {
  await app.withPage(async ({ page }) => {
    await canvas(page).focus();
    await page.keyboard.press('ArrowRight');
    const live = page.locator('[data-testid=live]');
    await eventually(async () => assert.ok(squash(await live.innerText()).length > 0));
    const announced = squash(await live.innerText());
    const f = app.ds.figures.find((f) => announced.startsWith(f.label.en + ':'));
    assert.ok(f, `the first item is a figure: ${announced}`);
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), f.id));
    await escapeFromPanel(page, canvas(page));
  }, { hash: 'view=economy' });
});

test('in Korean: the tab, won in 조 and the rank in words', async () => {
  const grants = app.ds.figures.find((f) => f.unit === 'krw');
  const lowest = app.ds.figures.find((f) => f.value.kind === 'rank' && f.value.order === 'lowest');
  await app.withPage(async ({ page }) => {
    assert.equal(squash(await page.locator('#tab-economy').innerText()), '경제');
    const row = (id) => page.locator(`[data-testid=figure-table] tr[data-id="${id}"]`);
    await eventually(async () => assert.ok(squash(await row(grants.id).innerText()).includes(`${grants.value.value / 1e12}조 원`)));
    assert.ok(squash(await row(lowest.id).innerText()).includes('세계 최저'));
  }, { hash: 'view=economy&lang=ko' });
});

test('embedded, the view keeps its chart, its tables and a link to the full view', async () => {
  // An embed has no tab list, which app.withPage waits for: wait for its chart instead.
  const { page, close, assertNoProblems } = await openPage(app.browser, { kept: 'app' });
  try {
    await page.goto(app.href('view=economy&embed=1'), { waitUntil: 'load' });
    await canvas(page).waitFor({ state: 'visible' });
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    assert.match(squash(await page.locator('[data-testid=title]').innerText()), /^Economy:/);
    assert.equal(await page.locator('[data-testid=figure-table] tbody tr').count(), app.ds.figures.length);
    assert.match(await page.locator('[data-testid=open-full]').getAttribute('href'), /view=economy/);
    assertNoProblems();
  } finally {
    await close();
  }
});

test('the list under the chart has every figure and scenario; its buttons select them', async () => {
  await app.withPage(async ({ page }) => {
    const items = page.locator('[data-testid=figure-list] li');
    await eventually(async () => assert.ok((await items.count()) >= app.ds.figures.length + app.ds.scenarios.length));
    const ids = await items.evaluateAll((ls) => ls.map((l) => l.dataset.id));
    for (const f of app.ds.figures) assert.ok(ids.includes(f.id), `${f.id} is listed`);
    for (const s of app.ds.scenarios) assert.ok(ids.includes(s.id), `${s.id} is listed`);
    const rank = app.ds.figures.find((f) => f.value.kind === 'rank' && f.value.order === 'lowest');
    await page.locator(`[data-testid=figure-list] li[data-id="${rank.id}"] button`).click();
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${rank.id}`)));
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.ok(squash(await detail.innerText()).includes(shownQuote(rank.source.quote))));
  }, { hash: 'view=economy' });
});
