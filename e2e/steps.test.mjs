// What has happened since the report: each programme's furthest step in the funding table,
// its ladder in the detail panel, the "since the report" toggle that shows later amounts
// beside the report's, and the change list, in English and Korean. Every expectation is
// worked out here from the dataset (seedcheck json) by the rules of seeds/README.md
// (a ladder in date order from the report's month; the furthest rung the highest, the
// latest of equals; the change list every step after the report's month, newest first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { shownQuote, squash } from './lib/text.mjs';

const app = useApp();

const RUNG = { announced: 0, legislated: 1, budgeted: 2, contracted: 3, launched: 3, 'under-way': 4, delivered: 5 };
/** The earliest day a date stands for, as a sortable number. */
const firstDay = (d) => d.start.year * 10_000 + (d.start.month ?? 1) * 100 + (d.start.day ?? 1);
/** The report's date: the initiative's launch (a month). */
const reportDate = (ds) => ds.initiative.launched;

/** Whether step `s` is on the ladder of programme `id`: its own, or one of its targets'. */
const onLadder = (ds, s, id) => s.of === id || ds.targets.some((t) => t.id === s.of && t.programme === id);

/** The ladder of programme `id`: the report's rung, then its steps, stably in date order. */
function ladder(ds, id) {
  const rungs = [{ kind: 'announced', date: reportDate(ds), report: true }, ...ds.steps.filter((s) => onLadder(ds, s, id))];
  return rungs.map((r, i) => [r, i]).sort((a, b) => firstDay(a[0].date) - firstDay(b[0].date) || a[1] - b[1]).map(([r]) => r);
}

/** The furthest rung of a ladder: the highest forward step, the latest of equals. */
function furthest(rungs) {
  let best = null;
  for (const r of rungs) if (r.kind in RUNG && (!best || RUNG[r.kind] >= RUNG[best.kind])) best = r;
  return best;
}

/** Every step after the report's month, newest first (ties in the seeds' order). */
function changes(ds) {
  const { year, month } = reportDate(ds).start;
  const after = (s) => s.date.start.year * 100 + (s.date.start.month ?? 1) > year * 100 + month;
  return ds.steps.map((s, i) => [s, i]).filter(([s]) => after(s)).sort((a, b) => firstDay(b[0].date) - firstDay(a[0].date) || a[1] - b[1]).map(([s]) => s);
}

// A step's sources: the one it names, or its update's.
const sourcesOf = (ds, s) => (s.source ? [s.source] : ds.updates.find((u) => u.id === s.update).sources);

test('every programme row marks its furthest step, as the ladder gives it', async () => {
  const ds = app.ds;
  await app.withPage(async ({ page }) => {
    for (const p of ds.programmes) {
      const top = furthest(ladder(ds, p.id));
      const mark = page.locator(`[data-testid=programme-table] tr[data-id="${p.id}"] [data-testid=step-mark]`);
      assert.equal(await mark.getAttribute('data-kind'), top.kind, p.id);
      const text = squash(await mark.innerText());
      if (top.report) assert.doesNotMatch(text, /Furthest stage/, `${p.id} has no later step: ${text}`);
      else assert.match(text, new RegExp(`^Furthest stage reached: .*${top.date.start.year}( only one secondary source)?$`), `${p.id}: ${text}`);
      assert.equal(await mark.locator('.single').count(), top.single_secondary ? 1 : 0, p.id);
    }
  }, { hash: 'view=funding' });
});

test("the fund, which is no bar, opens its panel and ladder from its row in the table", async () => {
  const ds = app.ds;
  const fund = ds.programmes.find((q) => q.category === 'envelope');
  const want = ladder(ds, fund.id);
  assert.ok(want.length > 2, `${fund.id} has steps`);
  await app.withPage(async ({ page }) => {
    await page.locator(`[data-testid=programme-table] tr[data-id="${fund.id}"] button`).first().click();
    const items = page.locator(`[data-testid=detail][data-id="${fund.id}"] [data-testid=ladder] li`);
    await eventually(async () => assert.equal(await items.count(), want.length));
    assert.deepEqual(await items.evaluateAll((ls) => ls.map((l) => l.dataset.kind)), want.map((r) => r.kind));
    // The browser draws a quotation's own marks; a quote within it takes single curly
    // ones, never straight ones beside them (“"over 100 trillion" …”).
    const nested = want.filter((r) => r.quote?.includes('"'));
    assert.ok(nested.length > 0, 'the fund has a step quoting a quote');
    const quotes = await items.locator('q').evaluateAll((qs) => qs.map((q) => q.textContent));
    assert.deepEqual(quotes.filter((t) => t.includes('"')), []);
    for (const r of nested) assert.ok(quotes.includes(shownQuote(r.quote)), `${r.quote} in ${quotes}`);
  }, { hash: 'view=funding' });
});

test("a programme's ladder in its panel matches the dataset: dated, sourced, single sources marked", async () => {
  const ds = app.ds;
  // The drawn programme with the longest ladder.
  const [p] = ds.programmes
    .filter((q) => q.category !== 'envelope')
    .sort((a, b) => ladder(ds, b.id).length - ladder(ds, a.id).length);
  const want = ladder(ds, p.id);
  assert.ok(want.length > 2, `${p.id} has steps`);
  await app.withPage(async ({ page }) => {
    const items = page.locator('[data-testid=detail] [data-testid=ladder] li');
    await eventually(async () => assert.equal(await items.count(), want.length));
    for (const [i, r] of want.entries()) {
      const li = items.nth(i);
      assert.equal(await li.getAttribute('data-kind'), r.kind, `rung ${i}`);
      const text = squash(await li.innerText());
      assert.ok(text.includes(String(r.date.start.year)), `rung ${i} is dated: ${text}`);
      if (r.report) {
        assert.ok(p.amounts.some((a) => text.includes(a.source.quote)), `the report's rung cites the report: ${text}`);
        continue;
      }
      assert.ok(text.includes(r.label.en) && text.includes(shownQuote(r.quote)), `rung ${i}: ${text}`);
      const hrefs = await li.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, sourcesOf(ds, r));
      assert.equal(await li.locator('[data-testid=single-source]').count(), r.single_secondary ? 1 : 0, `rung ${i}`);
    }
    await page.locator('[data-testid=detail] [data-testid=ladder]').scrollIntoViewIfNeeded();
    await screenshot(page, 'steps-ladder', { fullPage: false });
  }, { hash: `view=funding&sel=${p.id}` });
});

test("a facility's panel on the map lists the steps that name it, in date order", async () => {
  const ds = app.ds;
  const places = [...new Set(ds.steps.flatMap((s) => s.places))];
  assert.ok(places.length > 0);
  for (const id of places) {
    const want = ds.steps.map((s, i) => [s, i]).filter(([s]) => s.places.includes(id))
      .sort((a, b) => firstDay(a[0].date) - firstDay(b[0].date) || a[1] - b[1]).map(([s]) => s);
    await app.withPage(async ({ page }) => {
      const items = page.locator('[data-testid=detail] [data-testid=ladder] li');
      await eventually(async () => assert.equal(await items.count(), want.length, id));
      for (const [i, s] of want.entries()) {
        assert.equal(await items.nth(i).getAttribute('data-kind'), s.kind, `${id} step ${i}`);
        assert.ok(squash(await items.nth(i).innerText()).includes(shownQuote(s.quote)));
      }
    }, { hash: `view=regions&sel=${id}` });
  }
});

test("the timeline filtered to one programme lists that programme's steps", async () => {
  const ds = app.ds;
  const [p] = ds.programmes.filter((q) => ds.steps.some((s) => onLadder(ds, s, q.id)));
  const want = ladder(ds, p.id);
  await app.withPage(async ({ page }) => {
    assert.equal(await page.locator('[data-testid=timeline-steps]').count(), 0, 'no steps before a filter');
    await page.locator('[data-testid=programme-filter]').selectOption(p.id);
    const items = page.locator('[data-testid=timeline-steps] [data-testid=ladder] li');
    await eventually(async () => assert.equal(await items.count(), want.length));
    for (const [i, r] of want.entries()) assert.equal(await items.nth(i).getAttribute('data-kind'), r.kind, `rung ${i}`);
    await page.locator('[data-testid=programme-filter]').selectOption('');
    await eventually(async () => assert.equal(await page.locator('[data-testid=timeline-steps]').count(), 0));
  }, { hash: 'view=timeline' });
});

test("the since-the-report toggle shows later amounts beside the report's, never in place of them", async () => {
  const ds = app.ds;
  const { year, month } = reportDate(ds).start;
  const later = (id) => ds.steps.filter((s) => s.amount && onLadder(ds, s, id) && s.date.start.year * 100 + (s.date.start.month ?? 1) >= year * 100 + month);
  const withFigures = ds.programmes.filter((p) => later(p.id).some((s) => s.amount.kind === 'stated'));
  const notStated = ds.programmes.find((p) => later(p.id).some((s) => s.amount.kind === 'not_stated'));
  const none = ds.programmes.find((p) => later(p.id).length === 0);
  assert.ok(withFigures.length && notStated && none);
  await app.withPage(async ({ page }) => {
    const row = (id) => page.locator(`[data-testid=programme-table] tr[data-id="${id}"]`);
    const claims = {};
    for (const p of withFigures) claims[p.id] = squash(await row(p.id).locator('.claims').innerText());
    assert.equal(await page.locator('[data-testid=since]').count(), 0, 'nothing later before the toggle');
    await page.locator('[data-testid=since-toggle]').check();
    await eventually(async () => assert.match(page.url(), /since=1/));
    assert.equal(await page.locator('[data-testid=since-note]').count(), 1, 'the switch says where the later amounts are');
    for (const p of withFigures) {
      const since = row(p.id).locator('[data-testid=since]');
      await eventually(async () => assert.equal(await since.locator('li').count(), later(p.id).length, p.id));
      // The report's figures are still there, as they were, and the later ones beside them.
      assert.equal(squash(await row(p.id).locator('.claims').innerText()), claims[p.id]);
      const text = squash(await since.innerText());
      for (const s of later(p.id)) assert.ok(text.includes(s.label.en) && text.includes(shownQuote(s.quote)), `${p.id}: ${text}`);
    }
    await eventually(async () => assert.ok(await row(notStated.id).locator('[data-testid=since] .not-stated').count() > 0));
    assert.equal(await row(none.id).locator('[data-testid=since] li').count(), 0);
    assert.ok((await row(none.id).locator('[data-testid=since]').innerText()).trim().length > 0, 'says plainly that nothing later is stated');
    await screenshot(page, 'steps-since', { fullPage: false });
    await page.locator('[data-testid=since-toggle]').uncheck();
    await eventually(async () => assert.equal(await page.locator('[data-testid=since]').count(), 0));
  }, { hash: 'view=funding' });
});

for (const lang of ['en', 'ko']) {
  test(`the change list, newest first, each step with its source (${lang})`, async () => {
    const ds = app.ds;
    const want = changes(ds);
    assert.ok(want.length > 0 && want.length < ds.steps.length);
    const newest = want[0].date.start;
    await app.withPage(async ({ page }) => {
      const fold = page.locator('[data-testid=changes]');
      const updated = squash(await fold.locator('[data-testid=changes-updated]').innerText());
      const footer = squash(await page.locator('[data-testid=steps-updated]').innerText());
      const written = lang === 'ko' ? `${newest.year}년 ${newest.month}월 ${newest.day}일` : String(newest.year);
      assert.ok(updated.includes(written) && footer.includes(written), `${updated} / ${footer}`);
      // The list comes with the steps chunk when the fold is first opened.
      assert.equal(await page.locator('[data-testid=change-list]').count(), 0);
      await fold.locator('summary').click();
      const items = page.locator('[data-testid=change-list] li');
      await eventually(async () => assert.equal(await items.count(), want.length));
      for (const [i, s] of want.entries()) {
        const li = items.nth(i);
        assert.equal(await li.getAttribute('data-of'), s.of, `item ${i}`);
        const text = squash(await li.innerText());
        assert.ok(text.includes(s.label[lang]) && text.includes(shownQuote(s.quote)), `item ${i}: ${text}`);
        const hrefs = await li.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(hrefs, sourcesOf(ds, s));
      }
      await screenshot(page, `steps-changes-${lang}`, { fullPage: false });
    }, { hash: `view=funding&lang=${lang}` });
  });
}
