// The timeline view: zoom and pan by keyboard and buttons, keyboard focus and selection,
// the conflicting Basic Act dates, later reports kept apart, filters, the list in step
// with them, and the selection link with the funding view. Expected ids, names and dates
// come from the dataset (seedcheck json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, escapeFromPanel } from './lib/app.mjs';
import { eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { squash, escapeRegExp } from './lib/text.mjs';


const app = useApp();

const canvas = (page) => page.locator('canvas[data-testid=timeline-chart]');
const range = async (page) => squash(await page.locator('[data-testid=range]').innerText());
const years = (text) => text.split('–').map(Number);

test('zoom and pan: + and − keys, Shift+arrows, buttons, and the reach to 2050', async () => {
  await app.withPage(async ({ page }) => {
    const [a0, b0] = years(await range(page));
    await canvas(page).focus();
    await page.keyboard.press('+');
    await eventually(async () => {
      const [a, b] = years(await range(page));
      assert.ok(b - a < b0 - a0, `zoomed in: ${a}–${b}`);
    });
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    const [a1] = years(await range(page));
    assert.ok(a1 >= a0, 'panned later');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('0');
    assert.deepEqual(years(await range(page)), [a0, b0], '0 resets');
    await page.getByRole('button', { name: 'To 2050' }).click();
    const projection = app.ds.milestones.find((m) => m.kind === 'projection');
    const [, b2] = years(await range(page));
    assert.ok(b2 >= (projection.date.end ?? projection.date.start).year, `the ${projection.id} year is within reach`);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const [a3, b3] = years(await range(page));
    assert.ok(b3 - a3 < b2 - a0);
  }, { hash: 'view=timeline' });
});

test('keyboard walks milestones in time order; Enter opens the detail, Escape closes it', async () => {
  await app.withPage(async ({ page }) => {
    await canvas(page).focus();
    const live = page.locator('[data-testid=live]');
    await eventually(async () => assert.ok(squash(await live.innerText()).length > 0));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const announced = squash(await live.innerText());
    const m = app.ds.milestones.find((m) => announced.startsWith(m.name.en + ':'));
    const u = app.ds.updates.find((u) => u.events.some((e) => announced.startsWith(e.text.en + ':')));
    assert.ok(m || u, `announcement names a milestone or a later report: ${announced}`);
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), (m ?? u).id));
    if (m) assert.ok(squash(await detail.innerText()).includes(m.source.quote), 'detail cites the report');
    else assert.ok(squash(await detail.innerText()).includes(u.sources[0]), 'detail gives the later source');
    await escapeFromPanel(page, canvas(page));
  }, { hash: 'view=timeline' });
});

test('both Basic Act passage dates are drawn and listed, joined by a conflict', async () => {
  const conflict = app.ds.conflicts.find((c) => c.claims.some((cl) => cl.source.quote.includes('Passed in December 2024')));
  const dated = app.ds.milestones.filter((m) => conflict.about.includes(m.id));
  assert.ok(dated.length >= 2, 'the conflict names two milestones');
  await app.withPage(async ({ page }) => {
    const list = page.locator('[data-testid=milestone-list]');
    for (const m of dated) assert.equal(await list.locator(`li[data-id="${m.id}"]`).count(), 1, `${m.id} is listed`);
    // Select the conflict marker from the keyboard: it follows its first milestone.
    await page.goto(app.href(`view=timeline&sel=${dated[0].id}`));
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.ok(squash(await detail.innerText()).includes(conflict.title.en)));
    for (const cl of conflict.claims) assert.ok(squash(await detail.innerText()).includes(cl.source.quote));
  }, { hash: 'view=timeline' });
});

test('later reports are their own lane, and filters keep the list in step', async () => {
  const laterEvents = app.ds.updates.reduce((n, u) => n + u.events.length, 0);
  await app.withPage(async ({ page }) => {
    const list = page.locator('[data-testid=milestone-list] li');
    // The list comes with the timeline's chunk: wait for it rather than read it at once.
    await eventually(async () => assert.equal(await list.count(), app.ds.milestones.length + laterEvents));
    assert.equal(await page.locator('[data-testid=milestone-list] li.later').count(), laterEvents);
    await page.getByRole('checkbox', { name: 'Later reports' }).uncheck();
    await eventually(async () => assert.equal(await list.count(), app.ds.milestones.length));
    assert.equal(await page.locator('[data-testid=milestone-list] li.later').count(), 0);
    const p = app.ds.programmes.find((p) => app.ds.milestones.some((m) => m.programmes.includes(p.id)));
    await page.locator('[data-testid=programme-filter]').selectOption(p.id);
    const expected = app.ds.milestones.filter((m) => m.programmes.includes(p.id)).map((m) => m.id).sort();
    await eventually(async () => {
      const ids = (await page.locator('[data-testid=milestone-list] li').evaluateAll((ls) => ls.map((l) => l.dataset.id))).sort();
      assert.deepEqual(ids, expected);
    });
  }, { hash: 'view=timeline' });
});

test('selection links views: a programme lights its milestones, a milestone its programmes', async () => {
  const m = app.ds.milestones.find((m) => m.programmes.length > 0);
  const p = m.programmes[0];
  await app.withPage(async ({ page }) => {
    // A programme selected (from the funding view's table) lights its milestones here.
    await page.goto(app.href(`view=timeline&sel=${p}`));
    const lit = (await canvas(page).getAttribute('data-highlighted')).split(' ');
    const mine = app.ds.milestones.filter((x) => x.programmes.includes(p)).map((x) => x.id);
    for (const id of mine) assert.ok(lit.includes(id), `${id} is highlighted for ${p}`);
    // A milestone selected here lights its programmes in the funding view.
    await page.goto(app.href(`view=timeline&sel=${m.id}`));
    await page.getByRole('tab', { name: 'Funding' }).click();
    const funding = page.locator('canvas[data-testid=funding-chart]');
    await eventually(async () => {
      const ids = (await funding.getAttribute('data-highlighted')).split(' ');
      for (const id of m.programmes) assert.ok(ids.includes(id), `${id} highlighted for ${m.id}`);
    });
  });
});

test('a milestone\'s programme buttons in its detail panel select by keyboard and by click', async () => {
  const m = app.ds.milestones.find((x) => x.programmes.length > 1) ?? app.ds.milestones.find((x) => x.programmes.length > 0);
  const [first, second] = m.programmes;
  const name = (id) => app.ds.programmes.find((p) => p.id === id).name.en;
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    assert.equal(await detail.getAttribute('data-id'), m.id);
    // Enter on a focused button (the panel's text is markup; one listener on the panel selects).
    await detail.getByRole('button', { name: name(first), exact: true }).focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${escapeRegExp(first)}(&|$)`)));
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').count(), 0));
    if (second) {
      await page.goto(app.href(`view=timeline&sel=${m.id}`));
      await page.locator('[data-testid=detail]').getByRole('button', { name: name(second), exact: true }).click();
      await eventually(async () => assert.match(page.url(), new RegExp(`sel=${escapeRegExp(second)}(&|$)`)));
    }
  }, { hash: `view=timeline&sel=${m.id}` });
});

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`timeline screenshots at ${width}×${height}, no sideways scrolling`, async () => {
    await app.withPage(async ({ page }) => {
      await canvas(page).scrollIntoViewIfNeeded();
      await screenshot(page, `timeline-${width}`, { fullPage: false });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(sideways, false);
    }, { hash: 'view=timeline', viewport: { width, height } });
  });
}

test('a two-finger pinch on a touch screen zooms the timeline', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(app.href('view=timeline'));
    const c = page.locator('canvas[data-testid=timeline-chart]');
    await c.waitFor();
    await c.scrollIntoViewIfNeeded();
    const box = await c.boundingBox();
    const [a0, b0] = years(await range(page));
    const cdp = await context.newCDPSession(page);
    const y = box.y + 60;
    const cx = box.x + box.width / 2;
    const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y, id: 1 }, { x: cx + d, y, id: 2 }],
    });
    await touch('touchStart', 40);
    for (const d of [60, 90, 130, 180, 240]) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await eventually(async () => {
      const [a, b] = years(await range(page));
      assert.ok(b - a < b0 - a0, `pinched in: ${a}–${b}`);
    });
    await eventually(async () => assert.match(page.url(), /range=/));
  } finally {
    await context.close();
  }
});

test('the targets table gives every target its value, in each language, and keeps “5–2” as the report writes it', async () => {
  for (const lang of ['en', 'ko']) {
    await app.withPage(async ({ page }) => {
      const rows = await page.locator('table[data-testid=target-table] tbody tr[data-id]').evaluateAll((trs) =>
        trs.map((tr) => ({ id: tr.dataset.id, value: tr.querySelector('td.value')?.textContent ?? '' })),
      );
      assert.equal(rows.length, app.ds.targets.length, 'one row a target');
      for (const t of app.ds.targets) {
        const value = squash(rows.find((r) => r.id === t.id)?.value ?? '');
        assert.ok(value.length > 0, `${t.id} has a value`);
        const b = t.bound;
        if (b.kind === 'as_written') {
          assert.ok(value.includes(b.text), `${t.id} keeps ${b.text}: ${value}`);
        } else {
          const n = b.kind === 'range' ? b.min : b.value;
          const digits = String(n >= 10000 && lang === 'ko' ? n / 10000 : n);
          assert.ok(value.replace(/,/g, '').includes(digits), `${t.id} (${lang}) shows ${digits}: ${value}`);
        }
      }
    }, { hash: `view=timeline&lang=${lang}` });
  }
});

test('at 1280 px and the default zoom every drawn label is whole, in both languages; a count mark opens its list', async () => {
  await app.withPage(async ({ page }) => {
    await page.evaluate(() => {
      window.__texts = [];
      const P = CanvasRenderingContext2D.prototype;
      const orig = P.fillText;
      P.fillText = function (text, x, y, ...rest) {
        if (this.canvas.matches('canvas[data-testid=timeline-chart]')) window.__texts.push({ text, x, y });
        return orig.call(this, text, x, y, ...rest);
      };
    });
    const shorts = (lang) => [
      ...app.ds.milestones.map((m) => m.short[lang]),
      ...app.ds.updates.flatMap((u) => (u.events ?? []).map((e) => e.short[lang])),
    ];
    for (const lang of ['ko', 'en']) {
      await page.evaluate(() => { window.__texts = []; });
      await page.evaluate((h) => { location.hash = h; }, `view=timeline&lang=${lang}`);
      const known = shorts(lang);
      await eventually(async () => {
        const drawn = await page.evaluate(() => window.__texts.map((t) => t.text));
        assert.ok(drawn.filter((t) => known.includes(t)).length >= 10, `${lang}: short labels drawn: ${drawn.join(' | ')}`);
      });
      const drawn = await page.evaluate(() => window.__texts.map((t) => t.text));
      for (const t of drawn) assert.doesNotMatch(t, /(…|\.\.\.)$/, `${lang}: "${t}" is cut short`);
      // No full title stands on the chart where its short label should.
      const full = app.ds.milestones.map((m) => m.name[lang]).filter((n) => !known.includes(n));
      assert.ok(!drawn.some((t) => full.includes(t)), `${lang}: a full title is drawn`);
    }
    // A count mark ("+N"), clicked, lists N entries with their full names; Escape closes it.
    const texts = await page.evaluate(() => window.__texts);
    const count = texts.find((t) => /^\+\d+$/.test(t.text));
    assert.ok(count, `a count mark is drawn: ${texts.map((t) => t.text).join(' | ')}`);
    const n = Number(count.text.slice(1));
    const ratio = await canvas(page).evaluate((c) => c.width / c.clientWidth);
    await canvas(page).click({ position: { x: count.x / ratio + 4, y: count.y / ratio } });
    const list = page.locator('[data-testid=group-list]');
    await list.waitFor({ state: 'visible' });
    assert.equal(await list.locator('li').count(), n);
    const names = await list.locator('li button').allInnerTexts();
    const allFull = [
      ...app.ds.milestones.map((m) => m.name.en),
      ...app.ds.updates.flatMap((u) => (u.events ?? []).map((e) => e.text.en)),
    ];
    for (const name of names) assert.ok(allFull.includes(squash(name)), `"${name}" is an entry's full name`);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), names[0], 'focus moves to the first entry');
    assert.match(squash(await list.getAttribute('aria-label')), new RegExp(`^${n} entries`));
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
  }, { hash: 'view=timeline', viewport: { width: 1280, height: 900 } });
});
